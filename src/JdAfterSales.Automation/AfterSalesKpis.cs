using JdAfterSales.Reviews;

namespace JdAfterSales.Automation;

/// <summary>After-sales KPIs over a period; see <see cref="AfterSalesKpiCalculator.Compute"/> for each definition.</summary>
public sealed record AfterSalesKpis
{
    /// <summary>The start of the period.</summary>
    public required DateTimeOffset PeriodStart { get; init; }

    /// <summary>The end of the period.</summary>
    public required DateTimeOffset PeriodEnd { get; init; }

    /// <summary>Orders placed in the period.</summary>
    public int OrderCount { get; init; }

    /// <summary>Service orders applied for in the period.</summary>
    public int ServiceCount { get; init; }

    /// <summary>Service orders per order (0 without orders).</summary>
    public double AfterSalesRate { get; init; }

    /// <summary>Refund applications applied for in the period.</summary>
    public int RefundCount { get; init; }

    /// <summary>Refund applications per order (0 without orders).</summary>
    public double RefundRate { get; init; }

    /// <summary>The amount applied for in those refund applications.</summary>
    public decimal RefundAmount { get; init; }

    /// <summary>The amount of those that were approved (status 1, 3, 5, 6, 7, 9).</summary>
    public decimal ApprovedRefundAmount { get; init; }

    /// <summary>The reasons table: type, reason, count, share.</summary>
    public IReadOnlyList<ReasonBreakdownRow> Reasons { get; init; } = [];

    /// <summary>Service orders of the period with a first response (approve, reject or ask for feedback).</summary>
    public int RespondedCount { get; init; }

    /// <summary>The mean time from application to first response.</summary>
    public TimeSpan? AverageFirstResponse { get; init; }

    /// <summary>The median time from application to first response.</summary>
    public TimeSpan? MedianFirstResponse { get; init; }

    /// <summary>First responses later than the answer window.</summary>
    public int LateResponses { get; init; }

    /// <summary>Service orders still pending (10001) past the answer window.</summary>
    public int OverduePending { get; init; }

    /// <summary>SLA breaches: late responses plus overdue pending ones.</summary>
    public int SlaBreaches => LateResponses + OverduePending;

    /// <summary>Responded service orders that were rejected.</summary>
    public int RejectedCount { get; init; }

    /// <summary>Rejected share of responded service orders (0 without responses).</summary>
    public double RejectedShare { get; init; }

    /// <summary>Reviews written in the period.</summary>
    public int ReviewCount { get; init; }

    /// <summary>After-sales-related reviews: score 2 or less, or a keyword in the text of a review scored 3 or less.</summary>
    public IReadOnlyList<Comment> RelatedReviews { get; init; } = [];

    /// <summary>The most frequent terms of the related reviews (distinct CJK bigrams per review), most frequent first.</summary>
    public IReadOnlyList<TermCount> TopTerms { get; init; } = [];
}
