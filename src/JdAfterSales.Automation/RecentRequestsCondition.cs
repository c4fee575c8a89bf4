namespace JdAfterSales.Automation;

/// <summary>
/// A condition on how many after-sales requests the same customer (<c>customerPin</c>) applied for within the last
/// <see cref="WithinDays"/> days, the service order being decided included.
/// </summary>
public sealed record RecentRequestsCondition
{
    /// <summary>How many days back to count, from the time of the run; 1 or more.</summary>
    public required int WithinDays { get; init; }

    /// <summary>The rule matches only when the customer made at least this many requests; <c>null</c> for no lower bound.</summary>
    public int? Min { get; init; }

    /// <summary>The rule matches only when the customer made at most this many requests; <c>null</c> for no upper bound.</summary>
    public int? Max { get; init; }
}
