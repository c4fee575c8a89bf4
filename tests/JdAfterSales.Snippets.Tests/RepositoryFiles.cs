namespace JdAfterSales.Snippets.Tests;

/// <summary>Files of the repository these tests read: the Markdown files, the snippets' sources, the desk's rules.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string DeskRules => Path.Combine(Root, "samples", "JdAfterSales.Samples.AfterSalesDesk", "rules.json");

    public static string SnippetSources => Path.Combine(Root, "tests", "JdAfterSales.Snippets.Tests", "Snippets");

    /// <summary>Every Markdown file a reader of the repository or of a package sees, as a path relative to the root.</summary>
    public static IEnumerable<string> MarkdownFiles()
    {
        var folders = new[] { "docs", "src", "samples", "benchmarks" };
        return Directory.EnumerateFiles(Root, "*.md", SearchOption.TopDirectoryOnly)
            .Concat(folders.Where(f => Directory.Exists(Path.Combine(Root, f)))
                .SelectMany(f => Directory.EnumerateFiles(Path.Combine(Root, f), "*.md", SearchOption.AllDirectories)))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(Root, path))
            .Order(StringComparer.Ordinal);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JdAfterSales.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no JdAfterSales.sln above {AppContext.BaseDirectory}");
    }
}
