using System.Text.RegularExpressions;

namespace JdAfterSales.Snippets.Tests;

/// <summary>
/// One snippet: every region of a source file between <c>// &lt;snippet Name&gt;</c> and <c>// &lt;/snippet&gt;</c>,
/// each without the indentation of its opening marker, joined by a blank line. Regions of one name may stand in
/// several places of a file: the usings at its top, then the code inside a method, then a type of its own.
/// </summary>
internal sealed partial record Snippet(string Name, string Source, string Text)
{
    public static IReadOnlyList<Snippet> ReadAll(string folder)
    {
        var regions = new Dictionary<string, (string Source, List<string> Parts)>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.cs").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            for (var index = 0; index < lines.Length; index++)
            {
                var open = Opening().Match(lines[index]);
                if (!open.Success)
                {
                    continue;
                }

                var indent = open.Groups["indent"].Value.Length;
                var body = new List<string>();
                for (index++; index < lines.Length && !Closing().IsMatch(lines[index]); index++)
                {
                    body.Add(lines[index].Length >= indent && string.IsNullOrWhiteSpace(lines[index][..indent]) ? lines[index][indent..] : lines[index].TrimStart());
                }

                if (index == lines.Length)
                {
                    throw new InvalidOperationException($"{Path.GetFileName(path)}: snippet {open.Groups["name"].Value} is not closed with // </snippet>");
                }

                var name = open.Groups["name"].Value;
                if (!regions.TryGetValue(name, out var snippet))
                {
                    regions[name] = snippet = (Path.GetFileName(path), []);
                }

                snippet.Parts.Add(string.Join('\n', body));
            }
        }

        return regions.Select(pair => new Snippet(pair.Key, pair.Value.Source, string.Join("\n\n", pair.Value.Parts))).ToList();
    }

    [GeneratedRegex(@"^(?<indent>\s*)// <snippet (?<name>[A-Za-z0-9]+)>\s*$")]
    private static partial Regex Opening();

    [GeneratedRegex(@"^\s*// </snippet>\s*$")]
    private static partial Regex Closing();
}
