using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>
/// Reads every time shape JD sends — epoch milliseconds as a number or a string, <c>yyyy-MM-dd HH:mm:ss</c>,
/// <c>yyyy/MM/dd HH:mm:ss</c> (with optional fractions), ISO 8601 — as a <see cref="DateTimeOffset"/> in +08:00.
/// Wall-clock strings without an offset are Beijing time. An empty string or <c>null</c> reads as <c>null</c>.
/// Writes <c>yyyy-MM-dd HH:mm:ss</c> in Beijing time, the form JD expects in business parameters.
/// </summary>
/// <remarks>
/// A time that a <see cref="DateTimeOffset"/> cannot hold in Beijing time (epoch milliseconds past
/// 9999-12-31 23:59:59.999 +08:00 or before 0001-01-01 00:00 UTC, a wall clock before 0001-01-01 08:00, an instant
/// with an offset that lands outside the range in +08:00) is a <see cref="JsonException"/>, for nullable times too:
/// reading it as <c>null</c> would silently drop a value JD did send, and no real JD time is that far out, so the
/// answer is reported as unreadable (a <c>JdContractException</c>). Error messages say what was expected, never
/// the value received, which may carry anything a hostile server reflects.
/// </remarks>
internal sealed class JdDateTimeOffsetConverter : JsonConverter<DateTimeOffset?>
{
    private static readonly string[] WallClockFormats =
    [
        "yyyy-MM-dd HH:mm:ss",
        "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy/MM/dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm",
        "yyyy/MM/dd HH:mm",
        "yyyy-MM-dd",
        "yyyy/MM/dd",
    ];

    private static readonly DateTime EarliestWallClock = DateTime.MinValue + JdChinaTime.Offset;

    /// <summary>The earliest epoch milliseconds a <see cref="DateTimeOffset"/> holds: 0001-01-01 00:00 UTC, 08:00 in Beijing.</summary>
    private static readonly long EarliestEpochMilliseconds = DateTimeOffset.MinValue.ToUnixTimeMilliseconds();

    /// <summary>The latest epoch milliseconds whose Beijing wall clock still fits: 9999-12-31 23:59:59.999 +08:00.</summary>
    private static readonly long LatestEpochMilliseconds =
        DateTimeOffset.MaxValue.ToUnixTimeMilliseconds() - (long)JdChinaTime.Offset.TotalMilliseconds;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadValue(ref reader);

    /// <summary>Reads the time the reader is on (see the class remarks).</summary>
    internal static DateTimeOffset? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return FromEpochMilliseconds(reader.GetInt64());
            case JsonTokenType.String:
                return !reader.HasValueSequence && !reader.ValueIsEscaped && TryParseWallClockSeconds(reader.ValueSpan, out var wallClock)
                    ? wallClock
                    : Parse(reader.GetString()!);
            default:
                throw new JsonException($"Expected a date-time as a string or epoch milliseconds, got a JSON {reader.TokenType}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(JdChinaTime.Format(value.Value));
    }

    /// <summary>Parses one of JD's time strings; <c>null</c> for an empty or blank one.</summary>
    /// <param name="text">The text JD sent.</param>
    /// <returns>The instant in +08:00, or <c>null</c>.</returns>
    /// <exception cref="JsonException">The text is not a time JD uses.</exception>
    internal static DateTimeOffset? Parse(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return null;
        }

        if (IsAllDigits(trimmed) && long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var epochMs))
        {
            return FromEpochMilliseconds(epochMs);
        }

        if (DateTime.TryParseExact(trimmed, WallClockFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            return wallClock >= EarliestWallClock
                ? new DateTimeOffset(wallClock, JdChinaTime.Offset)
                : throw new JsonException("Expected a date-time, got a wall-clock time earlier than the earliest a DateTimeOffset can hold in Beijing time (0001-01-01 08:00:00).");
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset)
            && HasExplicitOffset(trimmed))
        {
            return JdChinaTime.IsInRange(withOffset)
                ? withOffset.ToOffset(JdChinaTime.Offset)
                : throw new JsonException("Expected a date-time, got one later than the latest a DateTimeOffset can hold in Beijing time (9999-12-31 23:59:59).");
        }

        throw new JsonException("Expected a date-time as epoch milliseconds, yyyy-MM-dd HH:mm:ss, yyyy/MM/dd HH:mm:ss or ISO 8601 with an offset, got a string in none of these formats.");
    }

    /// <summary>
    /// The form JD uses for nearly every time, <c>yyyy-MM-dd HH:mm:ss</c> (or with <c>/</c>), straight from the UTF-8
    /// bytes: no string, no format search. Anything else, or an impossible date, is left to <see cref="Parse"/>.
    /// </summary>
    internal static bool TryParseWallClockSeconds(ReadOnlySpan<byte> text, out DateTimeOffset value)
    {
        value = default;
        if (text.Length != 19 || text[10] != (byte)' ' || text[13] != (byte)':' || text[16] != (byte)':'
            || text[4] is not ((byte)'-' or (byte)'/') || text[7] != text[4])
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month)
            || !TryDigits(text.Slice(8, 2), out var day) || !TryDigits(text.Slice(11, 2), out var hour)
            || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second))
        {
            return false;
        }

        // Before 0001-01-01 08:00 the UTC instant would fall outside DateTimeOffset's range: Parse reports it.
        if (year < 2 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, JdChinaTime.Offset);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            var d = digit - (byte)'0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }

    private static DateTimeOffset FromEpochMilliseconds(long value) => value >= EarliestEpochMilliseconds && value <= LatestEpochMilliseconds
        ? DateTimeOffset.FromUnixTimeMilliseconds(value).ToOffset(JdChinaTime.Offset)
        : throw new JsonException("Expected epoch milliseconds between 0001-01-01 00:00:00 UTC and 9999-12-31 23:59:59.999 Beijing time, got a number outside that range.");

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasExplicitOffset(ReadOnlySpan<char> text) =>
        text.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || text.LastIndexOfAny('+', '-') > 10;
}
