using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;

namespace JdAfterSales.Tests.Automation;

/// <summary>The KPIs against values computed by hand on a small data set (items outside the period included to be ignored).</summary>
public sealed class AfterSalesKpiCalculatorTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int day, int hour) => new(2024, 5, day, hour, 0, 0, Cst);

    private static DateTimeOffset April(int day) => new(2024, 4, day, 12, 0, 0, Cst);

    private static KpiInput Input() => new()
    {
        PeriodStart = At(1, 0),
        PeriodEnd = new DateTimeOffset(2024, 5, 7, 23, 59, 59, Cst),
        Now = At(8, 12),
        Orders =
        [
            new OrderInfo { OrderId = 1, StartTime = At(1, 9) }, new OrderInfo { OrderId = 2, StartTime = At(2, 9) },
            new OrderInfo { OrderId = 3, StartTime = At(3, 9) }, new OrderInfo { OrderId = 4, StartTime = At(5, 9) },
            new OrderInfo { OrderId = 5, StartTime = April(30) },
        ],
        Services =
        [
            Service(1, CustomerExpectation.Return, "无法开机", At(2, 10), At(2, 12), 33, ServiceStatus.AwaitingReceipt),
            Service(2, CustomerExpectation.Return, "无法开机", At(3, 8), At(4, 14), 22, ServiceStatus.AuditClosed),
            Service(3, CustomerExpectation.Exchange, "尺寸规格不合适", At(4, 9), At(4, 13), 31, ServiceStatus.AwaitingReceipt),
            Service(4, CustomerExpectation.Return, "包装破损", At(6, 9), null, null, ServiceStatus.PendingAudit),
            new ServiceBrief { ServiceId = 5, CustomerExpectation = CustomerExpectation.Repair, QuestionTypeCid1Name = "质量问题", ApplyTime = At(7, 23), Status = ServiceStatus.PendingAudit },
            Service(6, CustomerExpectation.Return, "无法开机", April(29), April(30).AddDays(2), 22, ServiceStatus.AuditClosed),
        ],
        Refunds =
        [
            Refund(1, At(2, 10), 100.00m, RefundStatus.Approved), Refund(2, At(3, 10), 50.50m, RefundStatus.Pending),
            Refund(3, At(6, 10), 20.00m, RefundStatus.FinanceApproved), Refund(4, April(20), 999m, RefundStatus.Approved),
        ],
        Reviews =
        [
            Review("c1", 5, "东西很好", At(2, 10)), Review("c2", 1, "质量太差，申请退货了", At(3, 10)),
            Review("c3", 3, "客服态度好，售后快", At(4, 10)), Review("c7", 5, "质量不错，客服很好", At(4, 11)), Review("c4", 3, "一般", At(5, 10)),
            Review("c5", 2, "质量一般", At(6, 10)), Review("c6", 1, "差评", April(28)),
        ],
    };

    private static ServiceBrief Service(long id, CustomerExpectation type, string reason, DateTimeOffset applied, DateTimeOffset? answered, int? result, ServiceStatus status) =>
        new() { ServiceId = id, CustomerExpectation = type, QuestionTypeCid1Name = "一级", QuestionTypeCid2Name = reason, ApplyTime = applied, ApproveTime = answered, ApproveResult = result, Status = status };

    private static RefundApplication Refund(long id, DateTimeOffset applied, decimal amount, RefundStatus status) =>
        new() { Id = id, ApplyTime = applied, ApplyRefundSum = amount, Status = status };

    private static Comment Review(string id, int score, string content, DateTimeOffset created) =>
        new() { CommentId = id, Score = score, Content = content, CreationTime = created };

    [Fact]
    public void Rates_and_refund_amounts()
    {
        var kpis = AfterSalesKpiCalculator.Compute(Input());

        Assert.Equal(4, kpis.OrderCount);
        Assert.Equal(5, kpis.ServiceCount);
        Assert.Equal(1.25, kpis.AfterSalesRate);
        Assert.Equal(3, kpis.RefundCount);
        Assert.Equal(0.75, kpis.RefundRate);
        Assert.Equal(170.50m, kpis.RefundAmount);
        Assert.Equal(120.00m, kpis.ApprovedRefundAmount);
    }

    [Fact]
    public void Reasons_table_by_type_with_count_and_share()
    {
        var kpis = AfterSalesKpiCalculator.Compute(Input());

        Assert.Equal(
            [("退货", "无法开机", 2, 0.4), ("退货", "包装破损", 1, 0.2), ("换货", "尺寸规格不合适", 1, 0.2), ("维修", "质量问题", 1, 0.2)],
            kpis.Reasons.Select(r => (r.TypeName, r.Reason, r.Count, r.Share)));
    }

    [Fact]
    public void First_response_sla_breaches_and_rejected_share()
    {
        var kpis = AfterSalesKpiCalculator.Compute(Input());

        // Answers after 2 h, 30 h and 4 h; service 4 pending for 51 h, service 5 for 13 h.
        Assert.Equal(3, kpis.RespondedCount);
        Assert.Equal(TimeSpan.FromHours(12), kpis.AverageFirstResponse);
        Assert.Equal(TimeSpan.FromHours(4), kpis.MedianFirstResponse);
        Assert.Equal(1, kpis.LateResponses);
        Assert.Equal(1, kpis.OverduePending);
        Assert.Equal(2, kpis.SlaBreaches);
        Assert.Equal(1, kpis.RejectedCount);
        Assert.Equal(1.0 / 3, kpis.RejectedShare, 10);
    }

    [Fact]
    public void After_sales_related_reviews_and_their_terms()
    {
        var kpis = AfterSalesKpiCalculator.Compute(Input());

        Assert.Equal(6, kpis.ReviewCount);
        Assert.Equal(["c2", "c3", "c5"], kpis.RelatedReviews.Select(r => r.CommentId));
        Assert.Equal(new TermCount("质量", 2), kpis.TopTerms[0]);
        Assert.Equal(10, kpis.TopTerms.Count);
        Assert.All(kpis.TopTerms.Skip(1), t => Assert.Equal(1, t.Count));
        Assert.DoesNotContain(kpis.TopTerms, t => t.Term.Contains('，', StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_input_gives_zero_rates_not_errors()
    {
        var kpis = AfterSalesKpiCalculator.Compute(new KpiInput { PeriodStart = At(1, 0), PeriodEnd = At(7, 0), Now = At(8, 0) });

        Assert.Equal((0, 0.0, 0.0, 0.0), (kpis.OrderCount, kpis.AfterSalesRate, kpis.RefundRate, kpis.RejectedShare));
        Assert.Null(kpis.AverageFirstResponse);
        Assert.Empty(kpis.TopTerms);
    }

    [Fact]
    public void Terms_count_each_bigram_once_per_review()
    {
        var terms = AfterSalesKpiCalculator.TopTerms(["退货退货退货", "退货", "ab退货cd"], 5);

        Assert.Equal([new TermCount("退货", 3), new TermCount("货退", 1)], terms);
    }
}
