using System.Globalization;
using System.Text.Json;
using JdAfterSales.Serialization;

namespace JdAfterSales.Auth;

/// <summary>
/// Reads <c>expires_in</c> and <c>time</c> of an OAuth answer without ever throwing: whatever JD sends there, the
/// tokens it issued reach the caller (and the store). Policy — which lifetimes and issue times are plausible — is
/// the token provider's; this only keeps the values representable.
/// </summary>
internal static class JdOAuthReplyValues
{
    /// <summary>Far beyond any real token, yet far inside what <see cref="TimeSpan"/> and <see cref="DateTimeOffset"/> hold.</summary>
    public static readonly TimeSpan MaxRepresentableLifetime = TimeSpan.FromDays(36525);

    /// <summary><c>expires_in</c> as a lifetime clamped to ±<see cref="MaxRepresentableLifetime"/>; <c>null</c> when absent or not a number.</summary>
    public static TimeSpan? Lifetime(JsonElement? value)
    {
        double seconds;
        switch (value)
        {
            case { ValueKind: JsonValueKind.Number } number:
                seconds = number.TryGetInt64(out var whole) ? whole : number.GetDouble();
                break;
            case { ValueKind: JsonValueKind.String } text when double.TryParse(text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                seconds = parsed;
                break;
            default:
                return null;
        }

        if (double.IsNaN(seconds))
        {
            return null;
        }

        var limit = MaxRepresentableLifetime.TotalSeconds;
        return TimeSpan.FromSeconds(Math.Clamp(seconds, -limit, limit));
    }

    /// <summary><c>time</c> (epoch milliseconds, or one of JD's time strings) in Beijing time; <c>null</c> when absent, unreadable or out of range.</summary>
    public static DateTimeOffset? IssuedAt(JsonElement? value)
    {
        switch (value)
        {
            case { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var epochMs)
                && epochMs >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() + JdChinaTime.Offset.Ticks / TimeSpan.TicksPerMillisecond
                && epochMs <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds() - JdChinaTime.Offset.Ticks / TimeSpan.TicksPerMillisecond:
                return JdChinaTime.ToChinaTime(DateTimeOffset.FromUnixTimeMilliseconds(epochMs));
            case { ValueKind: JsonValueKind.String } text:
                try
                {
                    return JdDateTimeOffsetConverter.Parse(text.GetString()!);
                }
                catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException)
                {
                    return null;
                }

            default:
                return null;
        }
    }
}
