using JdAfterSales.AfterSales;

namespace JdAfterSales.Automation;

/// <summary>What the audit rules look at for one pending service order.</summary>
public sealed record AuditCandidate
{
    /// <summary>The service order.</summary>
    public required long ServiceId { get; init; }

    /// <summary>Its order.</summary>
    public required long OrderId { get; init; }

    /// <summary>The <c>sysVersion</c> read; a write carries it.</summary>
    public int? SysVersion { get; init; }

    /// <summary>The customer's expectation.</summary>
    public CustomerExpectation Expectation { get; init; }

    /// <summary>The first-level question type.</summary>
    public long? QuestionTypeCid1 { get; init; }

    /// <summary>The second-level question type.</summary>
    public long? QuestionTypeCid2 { get; init; }

    /// <summary>The customer's reason as text: description, apply reason and question type names.</summary>
    public string ReasonText { get; init; } = "";

    /// <summary>The amount actually paid.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The customer's grade.</summary>
    public int? CustomerGrade { get; init; }

    /// <summary>The customer's pin.</summary>
    public string? CustomerPin { get; init; }

    /// <summary>The customer's name, for display.</summary>
    public string? CustomerName { get; init; }

    /// <summary>The product, for display.</summary>
    public string? WareName { get; init; }

    /// <summary>When the customer applied.</summary>
    public DateTimeOffset? ApplyTime { get; init; }

    /// <summary>When the order was placed, when known.</summary>
    public DateTimeOffset? OrderPlacedAt { get; init; }

    /// <summary>When this customer applied for after-sales service (this service order included), for the recent-requests condition.</summary>
    public IReadOnlyList<DateTimeOffset> CustomerApplyTimes { get; init; } = [];

    /// <summary>The full service order when it was read (its items are needed to approve).</summary>
    public ServiceBill? Bill { get; init; }

    /// <summary>How many requests the customer applied for within the last <paramref name="days"/> days of <paramref name="now"/>.</summary>
    /// <param name="days">The window in days.</param>
    /// <param name="now">The time of the run.</param>
    /// <returns>The count.</returns>
    public int CountRecentRequests(int days, DateTimeOffset now)
    {
        var since = now.AddDays(-days);
        return CustomerApplyTimes.Count(t => t >= since && t <= now);
    }
}
