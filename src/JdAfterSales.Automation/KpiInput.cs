using JdAfterSales.AfterSales;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;

namespace JdAfterSales.Automation;

/// <summary>The data the KPIs are computed over. Items outside the period are ignored, so wider lists are fine.</summary>
public sealed record KpiInput
{
    /// <summary>The start of the period, inclusive.</summary>
    public required DateTimeOffset PeriodStart { get; init; }

    /// <summary>The end of the period, inclusive.</summary>
    public required DateTimeOffset PeriodEnd { get; init; }

    /// <summary>The time the KPIs are computed at (for service orders still pending).</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Orders; those placed in the period count.</summary>
    public IReadOnlyList<OrderInfo> Orders { get; init; } = [];

    /// <summary>Service orders; those applied for in the period count.</summary>
    public IReadOnlyList<ServiceBrief> Services { get; init; } = [];

    /// <summary>Refund applications; those applied for in the period count.</summary>
    public IReadOnlyList<RefundApplication> Refunds { get; init; } = [];

    /// <summary>Reviews; those written in the period count.</summary>
    public IReadOnlyList<Comment> Reviews { get; init; } = [];

    /// <summary>JD's answer window; 24 hours.</summary>
    public TimeSpan AnswerWindow { get; init; } = AutomationOptions.JdAnswerWindow;

    /// <summary>Words that make a review after-sales-related when its score is at most <see cref="KeywordMaxScore"/>.</summary>
    public IReadOnlyList<string> ReviewKeywords { get; init; } = AfterSalesKpiCalculator.DefaultReviewKeywords;

    /// <summary>
    /// The highest score at which a keyword makes a review after-sales-related; 3 by default, because a 4- or 5-star
    /// review that mentions 质量 or 客服 is praise ("质量不错"), not an after-sales problem. 5 counts every keyword.
    /// </summary>
    public int KeywordMaxScore { get; init; } = 3;
}
