using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JdAfterSales.Tests.Hardening;

/// <summary>
/// Every malformed answer derived from one well-formed fixture: truncation at every offset, seeded byte flips, a type
/// swap at every JSON path, every property deleted, <c>null</c> items in every array, far dates in every scalar,
/// invalid UTF-8 in every string and name, and bodies that contradict their content encoding. Deterministic for a
/// seed, so a failure's description reproduces it.
/// </summary>
internal static class AnswerMutations
{
    private const string Marker = "\u2983U\u2984";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF],                  // never valid
        [0x80],                  // a lone continuation byte
        [0xC0, 0xAF],            // an overlong '/'
        [0xED, 0xA0, 0x80],      // an encoded surrogate
        [0xE4, 0xBD],            // a Chinese character cut short
        "\\ud800"u8.ToArray(),   // an escaped lone surrogate
    ];

    /// <summary>Replacements for a value at any path: every JSON kind, and values that break numbers and dates.</summary>
    private static readonly (string Name, Func<JsonNode?> Value)[] Swaps =
    [
        ("string", () => JsonValue.Create("x")),
        ("empty string", () => JsonValue.Create(string.Empty)),
        ("huge number", () => JsonNode.Parse("123456789012345678901234567890")),
        ("negative", () => JsonValue.Create(-1)),
        ("fraction", () => JsonValue.Create(1.5)),
        ("bool", () => JsonValue.Create(true)),
        ("null", () => null),
        ("object", () => new JsonObject()),
        ("array", () => new JsonArray()),
        ("array of object", () => new JsonArray(new JsonObject())),
    ];

    private static readonly (string Name, Func<JsonNode?> Value)[] FarDates =
    [
        ("epoch ms past 9999", () => JsonValue.Create(253402300800000L)),
        ("epoch ms before year 1", () => JsonValue.Create(-62135596800001L)),
        ("time string past 9999", () => JsonValue.Create("9999-12-31 23:59:59")),
        ("zero date", () => JsonValue.Create("0000-00-00 00:00:00")),
    ];

    public static IEnumerable<AnswerMutation> All(byte[] fixture, int seed, int byteFlips)
    {
        for (var length = 0; length < fixture.Length; length++)
        {
            yield return new($"truncated to {length} bytes", fixture[..length]);
        }

        var random = new Random(seed);
        for (var flip = 0; flip < byteFlips; flip++)
        {
            var position = random.Next(fixture.Length);
            var mask = (byte)random.Next(1, 256);
            var body = (byte[])fixture.Clone();
            body[position] ^= mask;
            yield return new($"byte {position} xor 0x{mask:X2}", body);
        }

        var root = JsonNode.Parse(fixture)!;
        var paths = Paths(root).ToList();
        foreach (var path in paths.Where(p => p.Length > 0))
        {
            var current = Find(root, path);
            foreach (var (name, value) in Swaps)
            {
                yield return Mutate(root, path, $"{Describe(path)} := {name}", (parent, key) => Set(parent, key, value()));
            }

            if (current is JsonValue scalar && scalar.GetValueKind() is JsonValueKind.Number or JsonValueKind.String)
            {
                foreach (var (name, value) in FarDates)
                {
                    yield return Mutate(root, path, $"{Describe(path)} := {name}", (parent, key) => Set(parent, key, value()));
                }
            }

            if (current is JsonValue { } text && text.GetValueKind() == JsonValueKind.String)
            {
                foreach (var bytes in InvalidUtf8)
                {
                    yield return WithMarker(root, path, $"{Describe(path)} holds invalid UTF-8 {Convert.ToHexString(bytes)}", bytes, renameKey: false);
                }
            }

            if (path[^1] is string)
            {
                yield return Mutate(root, path, $"{Describe(path)} deleted", (parent, key) => ((JsonObject)parent).Remove((string)key));
                yield return WithMarker(root, path, $"name of {Describe(path)} holds invalid UTF-8 FF", InvalidUtf8[0], renameKey: true);
            }

            if (current is JsonArray array)
            {
                yield return Mutate(root, path, $"{Describe(path)} starts with null", (parent, key) => ((JsonArray)Child(parent, key)!).Insert(0, null));
                yield return Mutate(root, path, $"{Describe(path)} ends with null", (parent, key) => ((JsonArray)Child(parent, key)!).Add(null));
                for (var index = 0; index < array.Count; index++)
                {
                    var at = index;
                    yield return Mutate(root, path, $"{Describe(path)}[{at}] := null item", (parent, key) => ((JsonArray)Child(parent, key)!)[at] = null);
                }
            }
        }
    }

    /// <summary>The path of every node, root first: property names and array indexes.</summary>
    private static IEnumerable<object[]> Paths(JsonNode? node, object[]? prefix = null)
    {
        prefix ??= [];
        yield return prefix;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    foreach (var path in Paths(child, [.. prefix, name]))
                    {
                        yield return path;
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    foreach (var path in Paths(array[index], [.. prefix, index]))
                    {
                        yield return path;
                    }
                }

                break;
        }
    }

    private static AnswerMutation Mutate(JsonNode root, object[] path, string description, Action<JsonNode, object> change)
    {
        var copy = root.DeepClone();
        var parent = Find(copy, path.AsSpan(0, path.Length - 1))!;
        change(parent, path[^1]);
        return new(description, Encoding.UTF8.GetBytes(copy.ToJsonString(Relaxed)));
    }

    /// <summary>Writes a marker where the bad bytes go, then swaps the marker's UTF-8 for them: JSON writers refuse to.</summary>
    private static AnswerMutation WithMarker(JsonNode root, object[] path, string description, byte[] bytes, bool renameKey)
    {
        var copy = root.DeepClone();
        var parent = Find(copy, path.AsSpan(0, path.Length - 1))!;
        if (renameKey)
        {
            var obj = (JsonObject)parent;
            var name = (string)path[^1];
            var value = obj[name];
            obj.Remove(name);
            obj[Marker + name] = value;
        }
        else
        {
            Set(parent, path[^1], JsonValue.Create("a" + Marker + "b"));
        }

        var json = Encoding.UTF8.GetBytes(copy.ToJsonString(Relaxed));
        var marker = Encoding.UTF8.GetBytes(Marker);
        var at = json.AsSpan().IndexOf(marker);
        return new(description, [.. json[..at], .. bytes, .. json[(at + marker.Length)..]]);
    }

    private static JsonNode? Find(JsonNode? node, ReadOnlySpan<object> path)
    {
        foreach (var step in path)
        {
            node = Child(node!, step);
        }

        return node;
    }

    private static JsonNode? Child(JsonNode parent, object key) => key is string name ? parent[name] : parent[(int)key];

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (key is string name)
        {
            parent[name] = value;
        }
        else
        {
            parent[(int)key] = value;
        }
    }

    private static string Describe(object[] path) =>
        "$" + string.Concat(path.Select(step => step is string name ? "." + name : $"[{step}]"));
}

/// <summary>One malformed answer and how it was made.</summary>
internal sealed record AnswerMutation(string Description, byte[] Body)
{
    /// <summary>Gets the <c>Content-Encoding</c> the answer is labelled with, if any.</summary>
    public string? ContentEncoding { get; init; }

    /// <summary>Gets whether the body is read through a decoder for <see cref="ContentEncoding"/>, as automatic decompression does.</summary>
    public bool Decoded { get; init; }
}
