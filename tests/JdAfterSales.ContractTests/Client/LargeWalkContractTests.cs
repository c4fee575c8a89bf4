using JdAfterSales.AfterSales;
using JdAfterSales.ContractTests.Support;

namespace JdAfterSales.ContractTests.Client;

/// <summary>A shop with thousands of service orders is walked page by page, each order exactly once.</summary>
public sealed class LargeWalkContractTests
{
    [Fact]
    public async Task ListAllServicesAsync_yields_each_of_2000_plus_service_orders_exactly_once()
    {
        await using var fixture = ClientFixture.Start(orderCount: 6500);
        var data = fixture.Gateway.Data;
        Assert.True(data.ServiceOrders.Count >= 2000, $"the data set has {data.ServiceOrders.Count} service orders");
        var client = fixture.Client();

        var walked = await client.AfterSales.ListAllServicesAsync(new ListServicesRequest()).ToListAsync();

        Assert.Equal(walked.Count, walked.Select(s => s.ServiceId).Distinct().Count());
        Assert.Equal(data.ServiceOrders.Select(s => s.ServiceId).Order(), walked.Select(s => s.ServiceId).Order());
        Assert.All(walked, item =>
        {
            var expected = data.FindServiceOrder(item.ServiceId)!;
            Assert.Equal(expected.ServiceStatus, item.Status.Value);
            Assert.Equal(Expected.SysVersion(expected), item.SysVersion);
            Assert.Equal(expected.OrderId, item.OrderId);
        });
        Assert.Equal((data.ServiceOrders.Count + 49) / 50, fixture.Gateway.Journal.ForMethod("jingdong.asc.query.list").Count);
    }
}
