using System.Text.Json;
using System.Text.Json.Nodes;

namespace JdAfterSales.Gateway;

/// <summary>
/// How deep raw business parameters may nest. Writing a <see cref="JsonNode"/> recurses once per level and the
/// writer gives up past its own limit with an untyped exception; measured here first, iteratively (an explicit stack,
/// so the measurement itself cannot overflow the thread's stack), the caller gets a <see cref="JdValidationException"/>
/// instead. 64 levels, the same default as the reader's <c>MaxJsonDepth</c>, is far beyond any JOS method's parameters.
/// </summary>
internal static class JsonNestingLimit
{
    public const int MaxDepth = 64;

    /// <summary>Refuses parameters that nest more than <see cref="MaxDepth"/> objects and arrays deep.</summary>
    /// <param name="parameters">The parameters, or <c>null</c>.</param>
    /// <param name="field">The parameter that carried them, for the error.</param>
    /// <exception cref="JdValidationException">They nest too deep.</exception>
    public static void Validate(JsonNode? parameters, string field)
    {
        if (Exceeds(parameters, MaxDepth))
        {
            throw new JdValidationException(field, $"must not nest objects and arrays more than {MaxDepth} levels deep.");
        }
    }

    /// <summary>
    /// Whether objects and arrays nest deeper than <paramref name="maxDepth"/> (the outermost container is level 1). A
    /// <see cref="JsonValue"/> that wraps a <see cref="JsonElement"/> is measured through the element; stops at the
    /// first level too deep.
    /// </summary>
    public static bool Exceeds(JsonNode? root, int maxDepth)
    {
        var pending = new Stack<(JsonNode? Node, JsonElement Element, int Depth)>();
        pending.Push((root, default, 0));
        while (pending.Count > 0)
        {
            var (node, element, depth) = pending.Pop();
            if (node is JsonValue value && value.TryGetValue<JsonElement>(out var wrapped))
            {
                node = null;
                element = wrapped;
            }

            switch (node)
            {
                case JsonObject obj:
                    if (depth + 1 > maxDepth)
                    {
                        return true;
                    }

                    foreach (var property in obj)
                    {
                        pending.Push((property.Value, default, depth + 1));
                    }

                    continue;
                case JsonArray array:
                    if (depth + 1 > maxDepth)
                    {
                        return true;
                    }

                    foreach (var item in array)
                    {
                        pending.Push((item, default, depth + 1));
                    }

                    continue;
                case not null:
                    continue;
            }

            if (element.ValueKind is not JsonValueKind.Object and not JsonValueKind.Array)
            {
                continue;
            }

            if (depth + 1 > maxDepth)
            {
                return true;
            }

            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    pending.Push((null, property.Value, depth + 1));
                }
            }
            else
            {
                foreach (var item in element.EnumerateArray())
                {
                    pending.Push((null, item, depth + 1));
                }
            }
        }

        return false;
    }
}
