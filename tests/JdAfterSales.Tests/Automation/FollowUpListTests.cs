using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;
using Model = JdAfterSales.JdAfterSalesModelFactory;

namespace JdAfterSales.Tests.Automation;

/// <summary>The call-back list on a small shop computed by hand; now = 2024-05-20 12:00, window 7 days from 05-13 12:00.</summary>
public sealed class FollowUpListTests
{
    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Now = new(2024, 5, 20, 12, 0, 0, Cst);

    private static DateTimeOffset May(int day, int hour = 10) => new(2024, 5, day, hour, 0, 0, Cst);

    private static KpiInput Data()
    {
        var returned = Service(1, "jd_a", 1001, CustomerExpectation.Return, ServiceStatus.Completed, May(15), 219m, "138****0001");
        return new KpiInput
        {
            PeriodStart = Now.AddDays(-30),
            PeriodEnd = Now,
            Now = Now,
            Services =
            [
                // A: a return completed and its refund approved: one row, the refund's amount; reviewed 5★ after both.
                returned,
                returned, // the same service order listed twice (two walks): still one
                // B: two exchanges on one order, the second finished after B's review: one row, not reviewed since.
                Service(2, "jd_b", 1002, CustomerExpectation.Exchange, ServiceStatus.Completed, May(14), 99m, "139****0002"),
                Service(3, "jd_b", 1002, CustomerExpectation.Exchange, ServiceStatus.Completed, May(18), 99m, "139****0002"),
                // C: completed before the window; D: not completed; F: no process time, last changed in the window.
                Service(4, "jd_c", 1003, CustomerExpectation.Return, ServiceStatus.Completed, May(10), 50m, null),
                Service(5, "jd_d", 1004, CustomerExpectation.Return, ServiceStatus.AwaitingReceipt, May(16), 50m, null),
                Model.ServiceBrief(serviceId: 6, customerPin: "jd_f", customerName: "客户jd_f", orderId: 1006, customerExpectation: CustomerExpectation.Repair,
                    status: ServiceStatus.Completed, updateDate: May(19), actualPayPrice: 10m),
            ],
            Refunds =
            [
                Refund(11, "jd_a", 1001, RefundStatus.FinanceApproved, May(16), 219m),
                Refund(12, "jd_e", 1005, RefundStatus.Rejected, May(17), 59.9m),          // rejected: not a follow-up
                Refund(13, "jd_e", 1005, RefundStatus.Approved, May(19), 59.9m),
                Refund(14, "jd_g", 1007, RefundStatus.Approved, May(12, 11), 30m),       // approved before the window
            ],
            Reviews =
            [
                Model.Comment(commentId: "c1", orderId: 1001, score: 5, creationTime: May(17), content: "售后很快"),
                Model.Comment(commentId: "c2", orderId: 1002, score: 2, creationTime: May(15), content: "换了两次"),
                Model.Comment(commentId: "c3", orderId: 1999, score: 1, creationTime: May(19), content: "另一个订单"),
            ],
            Orders =
            [
                Model.OrderInfo(
                    orderId: 1005, startTime: May(1), consignee: Model.OrderConsignee(fullName: "客户jd_e", mobile: "137****0005"),
                    items: [Model.OrderItem(skuId: 55, skuName: "蓝月亮洗衣液 3kg")]),
            ],
        };
    }

    [Fact]
    public void One_row_per_customer_and_order_with_outcome_amount_and_review_since()
    {
        var rows = FollowUpList.Build(Data());

        // Earliest finished first: A 05-16, B 05-18, then E and F both 05-19 10:00 (by order id).
        Assert.Equal([1001L, 1002, 1005, 1006], rows.Select(r => r.OrderId));
        var a = rows[0];
        Assert.Equal("jd_a", a.CustomerPin);
        Assert.Equal("客户jd_a", a.CustomerName);
        Assert.Equal([1L], a.ServiceIds);
        Assert.Equal([11L], a.RefundIds);
        Assert.Equal("退货 处理完成; 退款 京东财务审核通过", a.Outcome);
        Assert.Equal(219m, a.Amount);               // the refund, not the item price added to it
        Assert.Equal(May(16), a.FinishedAt);
        Assert.True(a.HasReviewSince);
        Assert.Equal(5, a.ReviewScore);

        var b = rows[1];
        Assert.Equal([2L, 3L], b.ServiceIds);
        Assert.Empty(b.RefundIds);
        Assert.Equal("换货 处理完成", b.Outcome);
        Assert.Equal(198m, b.Amount);               // no refund: what was paid for both serviced items
        Assert.Equal(May(18), b.FinishedAt);
        Assert.False(b.HasReviewSince);             // the 2★ review came before the second exchange finished
        Assert.Null(b.ReviewScore);

        var e = rows[2];
        Assert.Equal("退款 审核通过", e.Outcome);   // the rejected application of the same order is not listed
        Assert.Equal([13L], e.RefundIds);
        Assert.Equal(59.9m, e.Amount);
        Assert.Equal("蓝月亮洗衣液 3kg", e.WareName); // a refund alone: the product of the order's first line

        var f = rows[3];
        Assert.Equal("维修 处理完成", f.Outcome);   // no process time: its last change counts
        Assert.Equal(May(19), f.FinishedAt);
    }

    [Fact]
    public void Phone_numbers_only_when_asked_and_never_in_the_text_of_a_row()
    {
        var without = FollowUpList.Build(Data());
        var with = FollowUpList.Build(Data(), new FollowUpOptions { IncludePhoneNumbers = true });

        Assert.All(without, r => Assert.Null(r.Phone));
        Assert.Equal(["138****0001", "139****0002", "137****0005", null], with.Select(r => r.Phone));
        Assert.All(with, r => Assert.DoesNotContain("****", r.ToString(), StringComparison.Ordinal));
        Assert.Contains("1001", with[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_longer_window_reaches_older_cases()
    {
        var rows = FollowUpList.Build(Data(), new FollowUpOptions { Window = TimeSpan.FromDays(14) });

        Assert.Equal([1003L, 1007, 1001, 1002, 1005, 1006], rows.Select(r => r.OrderId));
    }

    [Fact]
    public void A_window_of_zero_is_refused_by_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FollowUpList.Build(Data(), new FollowUpOptions { Window = TimeSpan.Zero }));

        Assert.Equal(nameof(FollowUpOptions.Window), error.ParamName);
    }

    private static ServiceBrief Service(long id, string pin, long order, CustomerExpectation type, ServiceStatus status, DateTimeOffset processed, decimal paid, string? tel) =>
        Model.ServiceBrief(
            serviceId: id, customerPin: pin, customerName: "客户" + pin, orderId: order, customerExpectation: type, status: status,
            applyTime: processed.AddDays(-5), processTime: processed, actualPayPrice: paid, customerTel: tel, wareName: "小米电饭煲 3L");

    private static RefundApplication Refund(long id, string pin, long order, RefundStatus status, DateTimeOffset checkedAt, decimal amount) =>
        Model.RefundApplication(id: id, buyerId: pin, buyerName: "客户" + pin, orderId: order, status: status, applyTime: checkedAt.AddDays(-1), checkTime: checkedAt, applyRefundSum: amount);
}
