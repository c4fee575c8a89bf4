using JdAfterSales.Automation;
using JdAfterSales.ContractTests.Client;

namespace JdAfterSales.ContractTests.Automation;

/// <summary>The case view gathers an order's details, trace, service orders, refunds and reviews in one call.</summary>
public sealed class CaseViewContractTests
{
    [Fact]
    public async Task The_case_view_matches_the_data_set()
    {
        await using var fixture = ClientFixture.Start();
        var data = fixture.Gateway.Data;
        var order = data.Orders.First(o =>
            o.Waybill is not null && data.ServiceOrders.Any(s => s.OrderId == o.OrderId)
            && data.RefundApplications.Any(r => r.OrderId == o.OrderId) && data.Comments.Any(c => c.OrderId == o.OrderId));
        var builder = new CaseViewBuilder(fixture.Client(), new AutomationOptions { LogisticsCustomerCode = "010K0000001" });

        var view = await builder.BuildAsync(order.OrderId);

        Assert.Equal(order.OrderId, view.Order!.OrderId);
        Assert.Equal(order.OrderPayment, view.Order.Payment);
        Assert.Equal(order.Waybill, view.Trace!.WaybillCode);
        Assert.Equal(order.WaybillTrace.Count, view.Trace.Events.Count);
        Assert.Equal(data.ServiceOrders.Where(s => s.OrderId == order.OrderId).Select(s => s.ServiceId).Order(), view.Services.Select(s => s.ServiceId).Order());
        Assert.Equal(data.RefundApplications.Where(r => r.OrderId == order.OrderId).Select(r => r.Id).Order(), view.Refunds.Select(r => r.Id).Order());
        Assert.Equal(data.Comments.Where(c => c.OrderId == order.OrderId).Select(c => c.CommentId).Order(), view.Reviews.Select(c => c.CommentId).Order());
    }

    [Fact]
    public async Task An_unknown_order_gives_an_empty_case_not_an_error()
    {
        await using var fixture = ClientFixture.Start();

        var view = await new CaseViewBuilder(fixture.Client()).BuildAsync(999_999_999_999);

        Assert.Null(view.Order);
        Assert.Null(view.Trace);
        Assert.Empty(view.Services);
        Assert.Empty(view.Refunds);
        Assert.Empty(view.Reviews);
    }
}
