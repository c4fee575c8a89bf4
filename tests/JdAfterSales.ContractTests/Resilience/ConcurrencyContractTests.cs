using JdAfterSales.AfterSales;
using JdAfterSales.ContractTests.Support;
using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Resilience;

/// <summary>One client shared by a thousand concurrent calls, with faults injected, returns every right answer.</summary>
public sealed class ConcurrencyContractTests
{
    [Fact]
    public async Task A_thousand_concurrent_reads_through_one_client_with_faults_all_return_the_data_set()
    {
        // Real time on both sides: a thousand calls in flight cannot share a pumped clock without the pump racing
        // their attempt timeouts. The back-offs are a few milliseconds, so the test still takes a few seconds.
        await using var gateway = FakeJdGateway.Start(new FakeJdGatewayOptions { OrderCount = 300 });
        var handler = new RecordingHandler();
        using var http = new HttpClient(handler);
        var client = new JdClient(http, new JdClientOptions
        {
            Gateway = gateway.RouterJsonUri,
            AppKey = gateway.AppKey,
            AppSecret = gateway.AppSecret,
            AccessToken = gateway.AccessToken,
            VenderId = gateway.VenderId,
            OperatorPin = "cs_agent_01",
            OperatorNick = "售后客服小王",
            Timeout = TimeSpan.FromSeconds(30),
            Retry = new JdRetryOptions
            {
                MaxRetries = 10,
                BaseDelay = TimeSpan.FromMilliseconds(20),
                RateLimitedBaseDelay = TimeSpan.FromMilliseconds(20),
                MaxDelay = TimeSpan.FromMilliseconds(100),
                TotalTimeout = TimeSpan.FromSeconds(60),
            },
        });
        var data = gateway.Data;
        var services = data.ServiceOrders.ToList();
        var refunds = data.RefundApplications.ToList();
        var pendingRefunds = refunds.Count(r => r.Status == 0);
        var pendingAudit = data.ServiceOrders.Count(s => s.ServiceStatus == 10001);

        // Faults hit whichever requests arrive first. A call fails only if all 11 of its attempts (spread over at least
        // 420 ms of back-off) meet a fault, which would take the 50 faults lasting longer than that: they go in milliseconds.
        gateway.Faults.Enqueue(FakeFault.GatewayError(66), count: 20);
        gateway.Faults.Enqueue(FakeFault.HttpStatus(503), count: 15);
        gateway.Faults.Enqueue(FakeFault.DropConnection(), count: 5);
        gateway.Faults.Enqueue(FakeFault.GatewayError(66), count: 10);
        const int Faults = 50;

        const int Calls = 1000;
        var tasks = Enumerable.Range(0, Calls).Select(i => Task.Run(async () =>
        {
            switch (i % 4)
            {
                case 0:
                    var service = services[i % services.Count];
                    var bill = await client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = service.ServiceId, OrderId = service.OrderId });
                    Assert.NotNull(bill);
                    Assert.Equal(service.ServiceId, bill.ServiceId);
                    Assert.Equal(Expected.SysVersion(service), bill.SysVersion);
                    Assert.Equal(service.ServiceStatus, bill.Status.Value);
                    Assert.Equal(service.CustomerPin, bill.CustomerInfo!.JdPin);
                    break;
                case 1:
                    var refund = refunds[i % refunds.Count];
                    var found = await client.Refunds.GetAsync(refund.Id);
                    Assert.NotNull(found);
                    Assert.Equal(refund.Id, found.Id);
                    Assert.Equal(refund.Status, found.Status.Value);
                    Assert.Equal(refund.ApplyRefundSum, found.ApplyRefundSum);
                    break;
                case 2:
                    Assert.Equal(pendingRefunds, await client.Refunds.CountPendingAsync());
                    break;
                default:
                    var page = await client.AfterSales.ListServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit, PageSize = 10 });
                    Assert.Equal(pendingAudit, page.TotalCount);
                    Assert.All(page.Items, item => Assert.Equal(Expected.SysVersion(data.FindServiceOrder(item.ServiceId)!), item.SysVersion));
                    break;
            }
        })).ToList();

        var all = Task.WhenAll(tasks);
        await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(all.IsCompleted, $"{tasks.Count(t => !t.IsCompleted)} of {Calls} calls did not finish in time");
        await all;

        Assert.Equal(0, gateway.Faults.Pending);
        var records = gateway.Journal.Records;
        Assert.Equal(Faults, records.Count(r => r.FaultApplied));
        Assert.Equal(Calls, records.Count(r => r.Succeeded));
        Assert.Equal(Calls + Faults, records.Count);
        Assert.Equal(records.Count, handler.Sent);
    }
}
