using JdAfterSales.AfterSales;
using JdAfterSales.ContractTests.Support;
using JdAfterSales.Refunds;
using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Client;

/// <summary>
/// The loop everyone writes first: walk the pending items and answer each while walking. Answering moves the item out
/// of the "pending" filter, so JD's later pages slide forward; the walk must still reach every one.
/// </summary>
public sealed class ApproveLoopContractTests
{
    [Fact]
    public async Task Approving_every_pending_service_order_while_walking_leaves_none_pending_on_a_3000_order_shop()
    {
        await using var fixture = ClientFixture.Start(orderCount: 3000);
        var data = fixture.Gateway.Data;
        var pendingBefore = data.ServiceOrders.Count(s => s.State == FakeServiceStatus.PendingAudit);
        Assert.True(pendingBefore > 50, $"{pendingBefore} pending: more than one page is needed for the test to mean anything");
        var client = fixture.Client();

        var approved = new List<long>();
        await foreach (var service in client.AfterSales.ListAllServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit }))
        {
            await client.AfterSales.ApproveForReturnShippingAsync(Requests.ApproveForReturnShipping(data.FindServiceOrder(service.ServiceId)!) with { SysVersion = service.SysVersion });
            approved.Add(service.ServiceId);
        }

        Assert.Equal(0, data.ServiceOrders.Count(s => s.State == FakeServiceStatus.PendingAudit));
        Assert.Equal(pendingBefore, approved.Count);
        Assert.Equal(approved.Count, approved.Distinct().Count());
    }

    [Fact]
    public async Task Approving_every_pending_refund_while_walking_leaves_none_pending_on_a_3000_order_shop()
    {
        await using var fixture = ClientFixture.Start(orderCount: 3000);
        var data = fixture.Gateway.Data;
        var pendingBefore = data.RefundApplications.Count(r => r.State == FakeRefundStatus.Pending);
        Assert.True(pendingBefore > 50, $"{pendingBefore} pending: more than one page is needed for the test to mean anything");
        var client = fixture.Client();
        var oldest = data.RefundApplications.Min(r => r.ApplyTime);

        var approved = new List<long>();
        await foreach (var refund in client.Refunds.ListAllAsync(new ListRefundsRequest
        {
            Status = RefundStatus.Pending, ApplyTimeStart = oldest, ApplyTimeEnd = fixture.Clock.GetUtcNow(),
        }))
        {
            await client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(refund.Id, "同意退款"));
            approved.Add(refund.Id);
        }

        Assert.Equal(0, data.RefundApplications.Count(r => r.State == FakeRefundStatus.Pending));
        Assert.Equal(pendingBefore, approved.Count);
        Assert.Equal(approved.Count, approved.Distinct().Count());
    }
}
