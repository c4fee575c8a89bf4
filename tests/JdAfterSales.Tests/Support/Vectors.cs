using System.Text.Json;

namespace JdAfterSales.Tests.Support;

/// <summary>The independently computed vectors in tests/vectors.</summary>
internal static class Vectors
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "vectors");

    public static JsonDocument Signing { get; } = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "signing.json")));

    public static IEnumerable<JsonElement> SigningVectors => Signing.RootElement.GetProperty("vectors").EnumerateArray();

    public static JsonElement SigningVector(string name) => SigningVectors.Single(v => v.GetProperty("name").GetString() == name);

    public static TheoryData<string> SigningVectorNames()
    {
        var data = new TheoryData<string>();
        foreach (var vector in SigningVectors)
        {
            data.Add(vector.GetProperty("name").GetString()!);
        }

        return data;
    }

    public static byte[] Response(string fileName) => File.ReadAllBytes(Path.Combine(Root, "responses", fileName));

    public static IEnumerable<string> ResponseFileNames() =>
        Directory.EnumerateFiles(Path.Combine(Root, "responses"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static Dictionary<string, string?> Parameters(JsonElement vector) =>
        vector.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
}
