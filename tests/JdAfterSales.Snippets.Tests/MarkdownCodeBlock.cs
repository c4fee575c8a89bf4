using System.Text.RegularExpressions;

namespace JdAfterSales.Snippets.Tests;

/// <summary>A C# code block of a Markdown file, with the snippet its <c>&lt;!-- snippet: Name --&gt;</c> line names, if any.</summary>
internal sealed partial record MarkdownCodeBlock(string File, int Line, string? SnippetName, string Text, int Start, int Length)
{
    public static IReadOnlyList<MarkdownCodeBlock> Read(string file, string markdown)
    {
        var blocks = new List<MarkdownCodeBlock>();
        foreach (Match block in CSharpBlock().Matches(markdown))
        {
            var before = markdown[..block.Index].TrimEnd('\n', '\r');
            var lastLine = before[(before.LastIndexOf('\n') + 1)..];
            var marker = Marker().Match(lastLine);
            var line = markdown.AsSpan(0, block.Index).Count('\n') + 1;
            var body = block.Groups["body"];
            blocks.Add(new(file, line, marker.Success ? marker.Groups["name"].Value : null, body.Value.TrimEnd('\n'), body.Index, body.Length));
        }

        return blocks;
    }

    [GeneratedRegex(@"^```(?:csharp|cs|c#)[ \t]*\n(?<body>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^<!-- snippet: (?<name>[A-Za-z0-9]+) -->$")]
    private static partial Regex Marker();
}
