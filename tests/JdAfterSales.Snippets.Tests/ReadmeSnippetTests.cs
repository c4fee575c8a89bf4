using System.Text;

namespace JdAfterSales.Snippets.Tests;

/// <summary>
/// Every C# block in the repository's Markdown is a compiled snippet, word for word. A block names its snippet on the
/// line above (<c>&lt;!-- snippet: Name --&gt;</c>); the snippets live in <c>Snippets/</c>. To copy changed snippets
/// into the Markdown files, run these tests with <c>JD_UPDATE_SNIPPETS=1</c>.
/// </summary>
public sealed class ReadmeSnippetTests
{
    private static readonly IReadOnlyList<Snippet> Snippets = Snippet.ReadAll(RepositoryFiles.SnippetSources);

    public static TheoryData<string> MarkdownFiles() => new(RepositoryFiles.MarkdownFiles());

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Every_csharp_block_is_its_compiled_snippet(string file)
    {
        var path = Path.Combine(RepositoryFiles.Root, file);
        var markdown = File.ReadAllText(path).ReplaceLineEndings("\n");
        var blocks = MarkdownCodeBlock.Read(file, markdown);
        var bySnippet = Snippets.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var problems = new List<string>();
        var updated = new StringBuilder(markdown);
        foreach (var block in blocks.Reverse())
        {
            if (block.SnippetName is null)
            {
                problems.Add($"{file}:{block.Line}: a C# block without a <!-- snippet: Name --> line above it; keep its code in Snippets/ and name it there");
            }
            else if (!bySnippet.TryGetValue(block.SnippetName, out var snippet))
            {
                problems.Add($"{file}:{block.Line}: no snippet named {block.SnippetName} in Snippets/");
            }
            else if (block.Text != snippet.Text)
            {
                problems.Add($"{file}:{block.Line}: the block differs from snippet {snippet.Name} ({snippet.Source})");
                updated.Remove(block.Start, block.Length).Insert(block.Start, snippet.Text + "\n");
            }
        }

        if (Environment.GetEnvironmentVariable("JD_UPDATE_SNIPPETS") == "1" && problems.All(p => p.Contains("differs", StringComparison.Ordinal)))
        {
            File.WriteAllText(path, updated.ToString());
            return;
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems) + "\n(JD_UPDATE_SNIPPETS=1 dotnet test tests/JdAfterSales.Snippets.Tests copies the snippets in.)");
    }

    [Fact]
    public void Every_snippet_appears_in_some_Markdown_file()
    {
        var used = RepositoryFiles.MarkdownFiles()
            .SelectMany(file => MarkdownCodeBlock.Read(file, File.ReadAllText(Path.Combine(RepositoryFiles.Root, file)).ReplaceLineEndings("\n")))
            .Select(block => block.SnippetName)
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(Snippets, snippet => Assert.Contains(snippet.Name, used));
    }
}
