using JdAfterSales.AfterSales;

namespace JdAfterSales.Automation;

/// <summary>One pending service order and the time left in JD's answer window.</summary>
public sealed record DeadlineItem
{
    /// <summary>The service order.</summary>
    public required long ServiceId { get; init; }

    /// <summary>Its order.</summary>
    public long? OrderId { get; init; }

    /// <summary>The customer's expectation.</summary>
    public CustomerExpectation Expectation { get; init; }

    /// <summary>The customer's name.</summary>
    public string? CustomerName { get; init; }

    /// <summary>The product.</summary>
    public string? WareName { get; init; }

    /// <summary>When the customer applied; <c>null</c> when JD did not say (then the item is flagged and listed last).</summary>
    public DateTimeOffset? ApplyTime { get; init; }

    /// <summary>When the answer window closes: <see cref="ApplyTime"/> plus the window.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>The time left; negative once overdue; <c>null</c> when the apply time is unknown.</summary>
    public TimeSpan? TimeLeft { get; init; }

    /// <summary>Less time left than the warning threshold, overdue, or unknown.</summary>
    public bool IsUrgent { get; init; }

    /// <summary>The window has closed.</summary>
    public bool IsOverdue { get; init; }
}
