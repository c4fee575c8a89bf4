namespace JdAfterSales.Tests.Support;

/// <summary>
/// Response fixtures by name: the shared vectors (<c>vectors/responses</c>) first, then the project's own under
/// <c>Fixtures/&lt;Area&gt;/</c>. Every name follows <c>&lt;JOS method without "jingdong."&gt;.&lt;case&gt;.json</c>.
/// </summary>
internal static class Fixtures
{
    public static string OwnRoot => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static byte[] Read(string fileName)
    {
        var shared = Path.Combine(Vectors.Root, "responses", fileName);
        if (File.Exists(shared))
        {
            return File.ReadAllBytes(shared);
        }

        var own = Directory.EnumerateFiles(OwnRoot, fileName, SearchOption.AllDirectories).SingleOrDefault();
        return own is null ? throw new FileNotFoundException($"no fixture named {fileName}") : File.ReadAllBytes(own);
    }

    /// <summary>The names of every fixture, shared and own.</summary>
    public static IEnumerable<string> AllNames() =>
        Vectors.ResponseFileNames().Concat(Directory.EnumerateFiles(OwnRoot, "*.json", SearchOption.AllDirectories).Select(Path.GetFileName)!)
            .Order(StringComparer.Ordinal)!;
}
