using System.Globalization;

namespace JdAfterSales.Serialization;

/// <summary>
/// China Standard Time (UTC+08:00), the only clock JD's gateway understands. China has kept a fixed offset with no
/// daylight saving since 1991, so a fixed offset is exact and, unlike a time-zone lookup, never depends on the
/// host's time-zone database or its local zone.
/// </summary>
internal static class JdChinaTime
{
    /// <summary>The offset of China Standard Time from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The date-time format JD uses inside business parameters and most responses.</summary>
    public const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Converts any instant to the same instant expressed in China Standard Time.</summary>
    /// <param name="value">The instant to convert.</param>
    /// <returns>The instant with a +08:00 offset.</returns>
    public static DateTimeOffset ToChinaTime(DateTimeOffset value) => value.ToOffset(Offset);

    /// <summary>Formats an instant as <c>yyyy-MM-dd HH:mm:ss</c> in China Standard Time, with the invariant culture.</summary>
    /// <param name="value">The instant to format.</param>
    /// <returns>The formatted Beijing wall-clock time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The instant is later than 9999-12-31 23:59:59.9999999 in Beijing time (for example <see cref="DateTimeOffset.MaxValue"/>).
    /// </exception>
    public static string Format(DateTimeOffset value) =>
        value.ToOffset(Offset).ToString(DateTimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The latest UTC instant whose Beijing wall clock a <see cref="DateTime"/> still holds.</summary>
    private static readonly long LatestUtcTicks = DateTime.MaxValue.Ticks - Offset.Ticks;

    /// <summary>
    /// Whether an instant has a Beijing wall clock at all: every instant up to 9999-12-31 23:59:59.9999999 +08:00
    /// (15:59:59.9999999 UTC). Later ones, <see cref="DateTimeOffset.MaxValue"/> among them, overflow when converted.
    /// </summary>
    internal static bool IsInRange(DateTimeOffset value) => value.UtcTicks <= LatestUtcTicks;

    /// <summary>
    /// Writes the routerjson <c>timestamp</c> system parameter (<c>yyyy-MM-dd HH:mm:ss.fff+0800</c>) into
    /// <paramref name="destination"/> as ASCII bytes.
    /// </summary>
    /// <param name="value">The instant to format.</param>
    /// <param name="destination">At least <see cref="TimestampLength"/> bytes.</param>
    /// <returns>The number of bytes written.</returns>
    internal static int FormatTimestamp(DateTimeOffset value, Span<byte> destination)
    {
        var local = value.UtcDateTime + Offset;
        WriteDigits(destination[..4], local.Year);
        destination[4] = (byte)'-';
        WriteDigits(destination.Slice(5, 2), local.Month);
        destination[7] = (byte)'-';
        WriteDigits(destination.Slice(8, 2), local.Day);
        destination[10] = (byte)' ';
        WriteDigits(destination.Slice(11, 2), local.Hour);
        destination[13] = (byte)':';
        WriteDigits(destination.Slice(14, 2), local.Minute);
        destination[16] = (byte)':';
        WriteDigits(destination.Slice(17, 2), local.Second);
        destination[19] = (byte)'.';
        WriteDigits(destination.Slice(20, 3), local.Millisecond);
        "+0800"u8.CopyTo(destination[23..]);
        return TimestampLength;
    }

    /// <summary>The length of a routerjson timestamp such as <c>2024-05-20 13:45:30.000+0800</c>.</summary>
    internal const int TimestampLength = 28;

    /// <summary>Formats the routerjson <c>timestamp</c> system parameter as a string.</summary>
    /// <param name="value">The instant to format.</param>
    /// <returns>The timestamp, for example <c>2024-05-20 13:45:30.000+0800</c>.</returns>
    public static string FormatTimestamp(DateTimeOffset value)
    {
        Span<byte> buffer = stackalloc byte[TimestampLength];
        FormatTimestamp(value, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer);
    }

    private static void WriteDigits(Span<byte> destination, int value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
