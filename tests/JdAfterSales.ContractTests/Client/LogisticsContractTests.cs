using JdAfterSales.Logistics;
namespace JdAfterSales.ContractTests.Client;

public sealed class LogisticsContractTests
{
    [Fact]
    public async Task An_orders_waybill_trace_matches_the_data_set()
    {
        await using var fixture = ClientFixture.Start(orderCount: 60);
        var order = fixture.Gateway.Data.Orders.First(o => o.Waybill is not null && o.WaybillTrace.Count > 1);

        var trace = await fixture.Client().Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = order.Waybill!, CustomerCode = "010K000001" });

        Assert.Equal(order.WaybillTrace.OrderBy(n => n.Time).Select(n => n.Title), trace.Events.Select(e => e.Title));
        Assert.Equal(order.WaybillTrace.Select(n => n.Time).Order(), trace.Events.Select(e => e.Time));
    }

    [Fact]
    public async Task A_return_parcel_becomes_signed_for_when_the_warehouse_signs()
    {
        await using var fixture = ClientFixture.Start(orderCount: 120);
        var service = fixture.Gateway.Data.ServiceOrders.First(s => s.ServiceStatus == 10005 && s.ExpressCode is not null && !s.IsReturnSignedFor);
        var client = fixture.Client();

        var before = await client.Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = service.ExpressCode!, CustomerCode = "010K000001" });
        fixture.Gateway.SignForReturn(service.ServiceId);
        var after = await client.Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = service.ExpressCode!, CustomerCode = "010K000001" });

        Assert.False(before.IsSignedFor);
        Assert.True(after.IsSignedFor);
        Assert.NotNull(after.SignedForAt);
    }

    [Fact]
    public async Task The_third_party_trace_of_an_order_matches_the_data_set()
    {
        await using var fixture = ClientFixture.Start(orderCount: 60);
        var order = fixture.Gateway.Data.Orders.First(o => o.Waybill is not null && o.WaybillTrace.Count > 0);

        var trace = await fixture.Client().Logistics.GetThirdPartyTraceAsync(new GetThirdPartyTraceRequest { OrderId = order.OrderId });

        var waybill = Assert.Single(trace);
        Assert.Equal(order.Waybill, waybill.WaybillCode);
        Assert.Equal(order.WaybillTrace.Count, waybill.Events.Count);
        Assert.Equal(order.WaybillTrace.Select(n => n.Title), waybill.Events.Select(e => e.Title));
    }
}
