using JdAfterSales.AfterSales;

namespace JdAfterSales.ContractTests.Client;

/// <summary>The README's quick start, run as written against the fake gateway, so the first code users copy works.</summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public async Task Quick_start_lists_every_pending_service_order()
    {
        await using var fixture = ClientFixture.Start(orderCount: 120);
        var output = new List<string>();
        var client = fixture.Client();

        await foreach (var service in client.AfterSales.ListAllServicesAsync(new() { Status = ServiceStatus.PendingAudit }))
        {
            output.Add($"{service.ServiceId} {service.CustomerExpectation.ChineseName} {service.WareName}");
        }

        var expected = fixture.Gateway.Data.ServiceOrders.Where(s => s.ServiceStatus == 10001).Select(s => s.ServiceId).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, output.Select(line => long.Parse(line.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.All(output, line => Assert.NotEmpty(line.Split(' ')[1]));
    }
}
