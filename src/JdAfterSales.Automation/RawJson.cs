using System.Globalization;
using System.Text.Json;

namespace JdAfterSales.Automation;

/// <summary>Tolerant reads of raw JOS payloads: numbers as strings, <c>""</c> as absent, Beijing-time strings or epoch ms.</summary>
internal static class RawJson
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly string[] TimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss", "yyyy-MM-dd"];

    public static JsonElement? Child(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    public static string? Text(this JsonElement element, string name) => element.Child(name) switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString() is { Length: > 0 } s ? s : null,
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => "true",
        { ValueKind: JsonValueKind.False } => "false",
        _ => null,
    };

    public static long? Long(this JsonElement element, string name) =>
        long.TryParse(element.Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static decimal? Decimal(this JsonElement element, string name) =>
        decimal.TryParse(element.Text(name), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static DateTimeOffset? Time(this JsonElement element, string name)
    {
        if (element.Child(name) is { ValueKind: JsonValueKind.Number } number && number.TryGetInt64(out var ms))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(Beijing);
        }

        var text = element.Text(name);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch))
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(epoch).ToOffset(Beijing);
        }

        return DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, Beijing)
            : null;
    }

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name) => element.Child(name) switch
    {
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray(),
        { ValueKind: JsonValueKind.Object } single => [single],
        _ => [],
    };

    public static string Format(DateTimeOffset time) =>
        time.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
