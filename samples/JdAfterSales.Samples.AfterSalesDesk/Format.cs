using System.Globalization;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>How the desk writes shares, money, durations, times and ids, the same in the console and the reports.</summary>
public static class Format
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>Formats a share as a percentage.</summary>
    /// <param name="share">0 to 1 (more for a share above 100%).</param>
    /// <returns>For example <c>12.5%</c>.</returns>
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Formats money.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>For example <c>¥1,234.50</c>.</returns>
    public static string Money(decimal amount) => "¥" + amount.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>Formats a duration as hours and minutes, negative when overdue.</summary>
    /// <param name="time">The duration.</param>
    /// <returns>For example <c>-1h05m</c> or <c>3h20m</c>; <c>?</c> when unknown.</returns>
    public static string Hours(TimeSpan? time)
    {
        if (time is not { } t)
        {
            return "?";
        }

        var sign = t < TimeSpan.Zero ? "-" : "";
        var abs = t.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{(int)abs.TotalHours}h{abs.Minutes:00}m");
    }

    /// <summary>Formats a number with at most one decimal.</summary>
    /// <param name="value">The number.</param>
    /// <returns>For example <c>0.6</c> or <c>12</c>.</returns>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Formats an id; empty when unknown.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The digits.</returns>
    public static string Id(long? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Formats a time as Beijing month, day, hour and minute; empty when unknown.</summary>
    /// <param name="time">The time.</param>
    /// <returns>For example <c>05-20 13:45</c>.</returns>
    public static string Time(DateTimeOffset? time) =>
        time is { } t ? t.ToOffset(Beijing).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>A time in Beijing time.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The same instant at +08:00.</returns>
    public static DateTimeOffset InBeijing(DateTimeOffset time) => time.ToOffset(Beijing);
}
