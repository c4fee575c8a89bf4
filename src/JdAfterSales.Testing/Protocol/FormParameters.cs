namespace JdAfterSales.Testing;

/// <summary>
/// Reads <c>application/x-www-form-urlencoded</c> text. JD's SDKs put parameters in the body, in the query string or
/// split between both, so the gateway merges the two (a name in the body wins over the same name in the query).
/// </summary>
internal static class FormParameters
{
    public static Dictionary<string, string> Merge(string? body, string? query)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        AddAll(parameters, body);
        AddAll(parameters, query);
        return parameters;
    }

    private static void AddAll(Dictionary<string, string> parameters, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var pair in text.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            parameters.TryAdd(name, value);
        }
    }

    // '+' is a space in form encoding; everything else is UTF-8 percent-encoding.
    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
