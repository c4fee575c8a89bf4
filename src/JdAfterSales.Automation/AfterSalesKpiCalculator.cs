using JdAfterSales.AfterSales;
using JdAfterSales.Refunds;

namespace JdAfterSales.Automation;

/// <summary>
/// Computes <see cref="AfterSalesKpis"/> from lists, with no calls: the definitions are here, so they can be checked
/// by hand.
/// </summary>
public static class AfterSalesKpiCalculator
{
    /// <summary>Words that make a review after-sales-related (with a score up to <see cref="KpiInput.KeywordMaxScore"/>).</summary>
    public static readonly IReadOnlyList<string> DefaultReviewKeywords = ["退货", "退款", "换货", "售后", "客服", "质量", "维修"];

    /// <summary>The highest score that makes a review after-sales-related by itself.</summary>
    public const int BadScore = 2;

    private static readonly HashSet<int> ApprovedRefundStatuses = [1, 3, 5, 6, 7, 9];
    private const int RejectedApproveResult = 22;

    /// <summary>
    /// Whether a refund application's status is an approval: 1 审核通过, 3 京东财务审核通过, 5 人工审核通过, 6 拦截并退款,
    /// 7 青龙拦截成功 or 9 强制关单并退款, the statuses <see cref="AfterSalesKpis.ApprovedRefundAmount"/> counts.
    /// </summary>
    /// <param name="status">The status.</param>
    /// <returns><c>true</c> for an approval.</returns>
    public static bool IsApprovedRefund(RefundStatus status) => ApprovedRefundStatuses.Contains(status.Value);

    /// <summary>
    /// Computes the KPIs. Orders count when placed in the period, service orders and refunds when applied for in it,
    /// reviews when written in it. After-sales rate = service orders / orders; refund rate = refund applications /
    /// orders. First response = <c>approveTime</c> − <c>applyTime</c> (any audit: approve, reject, ask for feedback);
    /// an SLA breach is a first response later than the answer window, or a service order still pending (10001) past
    /// it at <see cref="KpiInput.Now"/>. Rejected = <c>approveResult</c> 22 or status 10004, as a share of responded.
    /// Related reviews: score ≤ 2, or score ≤ <see cref="KpiInput.KeywordMaxScore"/> (3) and text containing a keyword; their terms are the distinct CJK bigrams (two
    /// adjacent characters U+4E00–U+9FFF) of each review, counted once per review, top 10 by count then code point.
    /// </summary>
    /// <param name="input">The data.</param>
    /// <returns>The KPIs.</returns>
    public static AfterSalesKpis Compute(KpiInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        bool InPeriod(DateTimeOffset? t) => t is { } v && v >= input.PeriodStart && v <= input.PeriodEnd;

        var orders = input.Orders.Where(o => InPeriod(o.StartTime)).Select(o => o.OrderId).Distinct().Count();
        var services = input.Services.Where(s => InPeriod(s.ApplyTime)).ToList();
        var refunds = input.Refunds.Where(r => InPeriod(r.ApplyTime)).ToList();
        var reviews = input.Reviews.Where(r => InPeriod(r.CreationTime)).ToList();

        var reasons = services
            .GroupBy(s => (s.CustomerExpectation, Reason: s.QuestionTypeCid2Name ?? s.QuestionTypeCid1Name ?? "(none)"))
            .Select(g => new ReasonBreakdownRow(g.Key.CustomerExpectation, g.Key.Reason, g.Count(), Ratio(g.Count(), services.Count)))
            .OrderBy(r => r.Type.Value).ThenByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToArray();

        var responses = services
            .Where(s => s.ApproveTime is not null && s.ApplyTime is not null)
            .Select(s => (Service: s, Time: s.ApproveTime!.Value - s.ApplyTime!.Value))
            .ToList();
        var times = responses.Select(r => r.Time).Order().ToList();
        var rejected = responses.Count(r => r.Service.ApproveResult == RejectedApproveResult || r.Service.Status == ServiceStatus.AuditClosed);
        var related = reviews.Where(r => r.Score <= BadScore || (r.Score <= input.KeywordMaxScore && input.ReviewKeywords.Any(k => r.Content?.Contains(k, StringComparison.Ordinal) == true))).ToList();

        return new AfterSalesKpis
        {
            PeriodStart = input.PeriodStart,
            PeriodEnd = input.PeriodEnd,
            OrderCount = orders,
            ServiceCount = services.Count,
            AfterSalesRate = Ratio(services.Count, orders),
            RefundCount = refunds.Count,
            RefundRate = Ratio(refunds.Count, orders),
            RefundAmount = refunds.Sum(r => r.ApplyRefundSum ?? 0m),
            ApprovedRefundAmount = refunds.Where(r => ApprovedRefundStatuses.Contains(r.Status.Value)).Sum(r => r.ApplyRefundSum ?? 0m),
            Reasons = reasons,
            RespondedCount = responses.Count,
            AverageFirstResponse = times.Count == 0 ? null : TimeSpan.FromTicks((long)times.Average(t => (double)t.Ticks)),
            MedianFirstResponse = times.Count == 0 ? null : Median(times),
            LateResponses = responses.Count(r => r.Time > input.AnswerWindow),
            OverduePending = services.Count(s => s.Status == ServiceStatus.PendingAudit && s.ApproveTime is null && s.ApplyTime is { } at && input.Now - at > input.AnswerWindow),
            RejectedCount = rejected,
            RejectedShare = Ratio(rejected, responses.Count),
            ReviewCount = reviews.Count,
            RelatedReviews = related,
            TopTerms = TopTerms(related.Select(r => r.Content ?? ""), 10),
        };
    }

    /// <summary>The most frequent terms: distinct CJK bigrams per text, counted once per text.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="count">How many terms to return.</param>
    /// <returns>The terms, most frequent first, ties in code-point order.</returns>
    public static IReadOnlyList<TermCount> TopTerms(IEnumerable<string> texts, int count)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (IsCjk(text[i]) && IsCjk(text[i + 1]))
                {
                    seen.Add(text.Substring(i, 2));
                }
            }

            foreach (var term in seen)
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(count).Select(p => new TermCount(p.Key, p.Value)).ToArray();
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static TimeSpan Median(List<TimeSpan> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
