using System.Globalization;

namespace JdAfterSales.Testing;

/// <summary>JD speaks China Standard Time (UTC+8, no daylight saving) whatever the host's zone.</summary>
internal static class BeijingTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToBeijing(DateTimeOffset time) => time.ToOffset(Offset);

    /// <summary>The <c>yyyy-MM-dd HH:mm:ss</c> form of orders, refunds and comments.</summary>
    public static string Format(DateTimeOffset time) =>
        ToBeijing(time).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The <c>yyyy/MM/dd HH:mm:ss</c> form of the JD Logistics trace.</summary>
    public static string FormatSlashed(DateTimeOffset time) =>
        ToBeijing(time).ToString("yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>Parses a <c>yyyy-MM-dd HH:mm:ss</c> business date, read as Beijing time.</summary>
    public static bool TryParse(string text, out DateTimeOffset time)
    {
        if (DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            time = new DateTimeOffset(local, Offset);
            return true;
        }

        time = default;
        return false;
    }

    /// <summary>
    /// Parses the <c>timestamp</c> system parameter: <c>yyyy-MM-dd HH:mm:ss</c> (Beijing time) or with milliseconds and an
    /// offset, <c>yyyy-MM-dd HH:mm:ss.fff+0800</c> / <c>+08:00</c>, as the official SDKs send it.
    /// </summary>
    public static bool TryParseTimestamp(string text, out DateTimeOffset time)
    {
        time = default;
        if (text.Length < 19 || !DateTime.TryParseExact(text[..19], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        var rest = text.AsSpan(19);
        var milliseconds = 0;
        if (rest.Length > 0 && rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits is 1 or > 4 || !int.TryParse(rest[1..digits], NumberStyles.None, CultureInfo.InvariantCulture, out milliseconds))
            {
                return false;
            }

            milliseconds = (int)(milliseconds * Math.Pow(10, 3 - (digits - 1)));
            rest = rest[digits..];
        }

        var offset = Offset;
        if (rest.Length > 0 && !TryParseOffset(rest, out offset))
        {
            return false;
        }

        time = new DateTimeOffset(local.AddMilliseconds(milliseconds), offset);
        return true;
    }

    private static bool TryParseOffset(ReadOnlySpan<char> text, out TimeSpan offset)
    {
        offset = default;
        if (text[0] is not ('+' or '-'))
        {
            return false;
        }

        var sign = text[0] == '-' ? -1 : 1;
        var body = text[1..];
        Span<char> digits = stackalloc char[4];
        int count = 0;
        foreach (var c in body)
        {
            if (c == ':' && count == 2)
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == 4)
            {
                return false;
            }

            digits[count++] = c;
        }

        if (count != 4)
        {
            return false;
        }

        var hours = ((digits[0] - '0') * 10) + (digits[1] - '0');
        var minutes = ((digits[2] - '0') * 10) + (digits[3] - '0');
        if (hours > 14 || minutes > 59)
        {
            return false;
        }

        offset = sign * new TimeSpan(hours, minutes, 0);
        return true;
    }
}
