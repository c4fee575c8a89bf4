using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.Orders;
using Model = JdAfterSales.JdAfterSalesModelFactory;

namespace JdAfterSales.Tests.Automation;

/// <summary>The weekly table on a small shop computed by hand, with a rules file in the shape of the desk's.</summary>
public sealed class WeeklyReasonTableTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Now = new(2024, 5, 20, 12, 0, 0, Cst);

    private static readonly AuditRuleSet Rules = AuditRuleSet.Parse("""
        {"rules": [
          {"name": "Frequent requester", "recentRequests": {"withinDays": 30, "min": 3}, "action": "leave"},
          {"name": "Big ticket", "minAmount": 1000, "action": "leave"},
          {"name": "Quality", "expectation": ["return", "exchange"], "questionTypeCid1": [1001], "action": "approveReturnShipping", "reasonCode": 1001},
          {"name": "No-reason after 7 days", "expectation": ["return"], "reasonContains": ["七天无理由"], "minDaysSinceOrder": 8, "action": "reject", "reasonCode": 1002}
        ]}
        """);

    private static KpiInput Data(bool withOrders = true)
    {
        var services = new List<ServiceBrief>();
        var orders = new List<OrderInfo>();
        void Add(CustomerExpectation type, long cid1, long cid2, string reason, decimal paid, int daysAfterOrder)
        {
            var id = services.Count + 1;
            var applied = Now.AddDays(-1 - id);
            services.Add(Model.ServiceBrief(
                serviceId: id, orderId: 1000 + id, customerExpectation: type, applyTime: applied, actualPayPrice: paid, customerGrade: 61,
                customerPin: "jd_same", questionTypeCid1: cid1, questionTypeCid1Name: cid1 == 1001 ? "质量问题" : cid1 == 1002 ? "非质量问题" : "物流问题",
                questionTypeCid2: cid2, questionTypeCid2Name: reason));
            orders.Add(Model.OrderInfo(orderId: 1000 + id, startTime: applied.AddDays(-daysAfterOrder)));
        }

        Add(CustomerExpectation.Return, 1001, 100102, "无法开机", 299m, 3);
        Add(CustomerExpectation.Return, 1001, 100102, "无法开机", 299m, 4);
        Add(CustomerExpectation.Return, 1001, 100102, "无法开机", 399m, 5);
        Add(CustomerExpectation.Return, 1002, 100201, "七天无理由退货", 89.9m, 10);
        Add(CustomerExpectation.Return, 1002, 100201, "七天无理由退货", 89.9m, 12);
        Add(CustomerExpectation.Return, 1001, 100101, "外壳划痕", 1299m, 2);
        Add(CustomerExpectation.Exchange, 1002, 100202, "尺寸规格不合适", 289m, 4);
        Add(CustomerExpectation.Exchange, 1002, 100202, "尺寸规格不合适", 289m, 6);
        // Applied for before the period: not counted.
        services.Add(Model.ServiceBrief(serviceId: 99, customerExpectation: CustomerExpectation.Return, applyTime: Now.AddDays(-40), questionTypeCid2Name: "无法开机"));
        return new KpiInput { PeriodStart = Now.AddDays(-30), PeriodEnd = Now, Now = Now, Services = services, Orders = withOrders ? orders : [] };
    }

    [Fact]
    public void Types_reasons_counts_shares_and_the_action_for_a_typical_case()
    {
        var rows = WeeklyReasonTable.Build(Data(), Rules);

        Assert.Equal(
            [
                ("退货", "无法开机", 3, 6, "ApproveReturnShipping", "Quality"),
                ("退货", "七天无理由退货", 2, 6, "Reject", "No-reason after 7 days"),   // typical order age 11 days
                ("退货", "外壳划痕", 1, 6, WeeklyReasonRow.PersonDecides, "Big ticket"), // 1299 paid: a leave rule
                ("换货", "尺寸规格不合适", 2, 2, WeeklyReasonRow.PersonDecides, AuditRuleSet.DefaultRuleName),
            ],
            rows.Select(r => (r.TypeName, r.Reason, r.Count, r.TypeCount, r.ActionText, r.Decision!.RuleName)));
        Assert.Equal(0.5, rows[0].Share, 12);
        Assert.Equal(1001, rows[0].QuestionTypeCid1);
        Assert.Equal(100102, rows[0].QuestionTypeCid2);
        Assert.Equal(1.0, rows[3].Share, 12);
    }

    [Fact]
    public void Without_order_times_a_rule_on_order_age_does_not_decide()
    {
        var rows = WeeklyReasonTable.Build(Data(withOrders: false), Rules);

        var noReason = rows.Single(r => r.Reason == "七天无理由退货");
        Assert.Equal(WeeklyReasonRow.PersonDecides, noReason.ActionText);
        Assert.Null(noReason.Decision!.Rule);
    }

    [Fact]
    public void Top_reasons_per_type_and_no_decision_without_rules()
    {
        var rows = WeeklyReasonTable.Build(Data(), rules: null, topReasons: 1);

        Assert.Equal([("退货", "无法开机"), ("换货", "尺寸规格不合适")], rows.Select(r => (r.TypeName, r.Reason)));
        Assert.All(rows, r => Assert.Null(r.Decision));
        Assert.All(rows, r => Assert.Equal(WeeklyReasonRow.PersonDecides, r.ActionText));
        Assert.Throws<ArgumentOutOfRangeException>("topReasons", () => WeeklyReasonTable.Build(Data(), null, 0));
    }
}
