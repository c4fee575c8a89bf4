using JdAfterSales.AfterSales;

namespace JdAfterSales.Automation;

/// <summary>
/// One audit rule: conditions that must all hold (a condition left <c>null</c> always holds) and the action taken when
/// they do. Rules are tried in order and the first match wins.
/// </summary>
public sealed record AuditRule
{
    /// <summary>The rule's name, shown in dry runs and recorded with every decision it makes.</summary>
    public required string Name { get; init; }

    /// <summary>The customer's expectations the rule applies to (return, exchange, repair); <c>null</c> for any.</summary>
    public IReadOnlyList<CustomerExpectation>? Expectations { get; init; }

    /// <summary>The first-level question types (<c>questionTypeCid1</c>) the rule applies to; <c>null</c> for any.</summary>
    public IReadOnlyList<long>? QuestionTypeCid1 { get; init; }

    /// <summary>The second-level question types (<c>questionTypeCid2</c>) the rule applies to; <c>null</c> for any.</summary>
    public IReadOnlyList<long>? QuestionTypeCid2 { get; init; }

    /// <summary>
    /// Texts of which at least one must occur (ordinal) in the customer's reason: the question description, the
    /// apply reason and the question type names; <c>null</c> for any.
    /// </summary>
    public IReadOnlyList<string>? ReasonContains { get; init; }

    /// <summary>The least amount actually paid (<c>actualPayPrice</c>), inclusive.</summary>
    public decimal? MinAmount { get; init; }

    /// <summary>The greatest amount actually paid (<c>actualPayPrice</c>), inclusive.</summary>
    public decimal? MaxAmount { get; init; }

    /// <summary>The lowest customer grade, inclusive.</summary>
    public int? MinGrade { get; init; }

    /// <summary>The highest customer grade, inclusive.</summary>
    public int? MaxGrade { get; init; }

    /// <summary>The fewest whole days since the application, inclusive.</summary>
    public int? MinDaysSinceApply { get; init; }

    /// <summary>The most whole days since the application, inclusive.</summary>
    public int? MaxDaysSinceApply { get; init; }

    /// <summary>The fewest whole days since the order was placed, inclusive; never matches when the order time is unknown.</summary>
    public int? MinDaysSinceOrder { get; init; }

    /// <summary>The most whole days since the order was placed, inclusive; never matches when the order time is unknown.</summary>
    public int? MaxDaysSinceOrder { get; init; }

    /// <summary>A condition on the customer's recent after-sales requests; <c>null</c> for none.</summary>
    public RecentRequestsCondition? RecentRequests { get; init; }

    /// <summary>What to do when the rule matches.</summary>
    public required AuditActionKind Action { get; init; }

    /// <summary>The first-level reason code from JD's audit reason tree (<c>approveReasonCid1</c>); required unless the action is <see cref="AuditActionKind.Leave"/>.</summary>
    public long? ReasonCode { get; init; }

    /// <summary>The second-level reason code (<c>approveReasonCid2</c>), a child of <see cref="ReasonCode"/>; optional.</summary>
    public long? SubReasonCode { get; init; }

    /// <summary>The audit notes the customer sees; a default per action when <c>null</c>.</summary>
    public string? Notes { get; init; }
}
