using JdAfterSales.AfterSales;
using JdAfterSales.ContractTests.Support;
using JdAfterSales.Gateway;
using JdAfterSales.Refunds;

namespace JdAfterSales.ContractTests.Client;

/// <summary>Service orders and refund applications walked through their lives, read back at every step.</summary>
public sealed class LifecycleContractTests
{
    [Fact]
    public async Task A_return_is_approved_shipped_received_and_closed()
    {
        await using var fixture = ClientFixture.Start(orderCount: 200);
        var client = fixture.Client();
        var data = fixture.Gateway.Data;

        // Listed as pending.
        var pending = await client.AfterSales.ListAllServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit }).ToListAsync();
        Assert.Equal(data.ServiceOrders.Where(s => s.ServiceStatus == 10001).Select(s => s.ServiceId).Order(), pending.Select(s => s.ServiceId).Order());
        var brief = pending.First(p => data.FindServiceOrder(p.ServiceId)!.CustomerExpect == 10);
        var versions = new List<int> { brief.SysVersion!.Value };
        var view = new GetServiceRequest { ServiceId = brief.ServiceId, OrderId = brief.OrderId!.Value };
        var service = data.FindServiceOrder(brief.ServiceId)!;

        // Approved for return shipping.
        await client.AfterSales.ApproveForReturnShippingAsync(Requests.ApproveForReturnShipping(service) with { SysVersion = brief.SysVersion });
        var approved = (await client.AfterSales.GetServiceAsync(view))!;
        Assert.Equal(ServiceStatus.AwaitingReceipt, approved.Status);
        Assert.Equal(service.SysVersion, approved.SysVersion);
        versions.Add(approved.SysVersion!.Value);

        // The return waybill is visible.
        var freight = await client.AfterSales.GetReturnFreightAsync(new GetReturnFreightRequest { ServiceId = brief.ServiceId, OrderId = brief.OrderId.Value });
        Assert.NotNull(freight);
        Assert.Equal(service.ExpressCode, freight.ExpressCode);
        Assert.Equal((await client.AfterSales.ListAllAwaitingReceiptAsync(new ListAwaitingReceiptRequest { OrderId = brief.OrderId }).SingleAsync(s => s.ServiceId == brief.ServiceId)).ExpressCode, freight.ExpressCode);
        Assert.Contains(brief.ServiceId, (await client.AfterSales.ListAllAwaitingReceiptAsync(new ListAwaitingReceiptRequest()).ToListAsync()).Select(s => s.ServiceId));
        fixture.Gateway.SignForReturn(brief.ServiceId);

        // Receipt registered.
        await client.AfterSales.RegisterReceiptAsync(Requests.RegisterReceipt(service));
        var received = (await client.AfterSales.GetServiceAsync(view))!;
        Assert.Equal(ServiceStatus.PendingProcessing, received.Status);
        versions.Add(received.SysVersion!.Value);
        var receipt = await client.AfterSales.GetReceiptAsync(new GetReceiptRequest { ServiceId = brief.ServiceId, OrderId = brief.OrderId.Value });
        Assert.Equal(service.Receipt!.ReceiveId, receipt!.ReceiveId);

        // Closed.
        await client.AfterSales.CloseServiceAsync(Requests.Close(service) with { SysVersion = received.SysVersion });
        var closed = (await client.AfterSales.GetServiceAsync(view))!;
        Assert.Equal(ServiceStatus.Completed, closed.Status);

        // A closed service order comes back without a version: nothing can be written to it any more.
        Assert.Null(closed.SysVersion);
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.True(service.SysVersion > versions[^1]);
        var logs = await client.AfterSales.ListServiceLogsAsync(new ListServiceLogsRequest { ServiceId = brief.ServiceId });
        Assert.Equal(service.Logs.Count, logs.TotalCount);
        Assert.Contains(logs.Items, l => l.OperateTypeName == "处理关单");
    }

    [Fact]
    public async Task A_refund_application_is_approved_and_another_rejected()
    {
        await using var fixture = ClientFixture.Start(orderCount: 200);
        var client = fixture.Client();
        var pending = await client.Refunds.ListAsync(new ListRefundsRequest { Status = RefundStatus.Pending });
        var before = await client.Refunds.CountPendingAsync();
        Assert.Equal(fixture.Gateway.Data.RefundApplications.Count(r => r.Status == 0), before);
        Assert.True(pending.Items.Count >= 2);
        var (toApprove, toReject) = (pending.Items[0], pending.Items[1]);

        await client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(toApprove.Id, "同意"));
        await client.Refunds.ReplyAsync(ReplyRefundRequest.Reject(toReject.Id, RefundRejectType.AlreadySigned, "已签收"));

        var approved = await client.Refunds.GetAsync(toApprove.Id);
        var rejected = await client.Refunds.GetAsync(toReject.Id);
        Assert.Equal(RefundStatus.Approved, approved!.Status);
        Assert.Equal("同意", approved.CheckRemark);
        Assert.NotNull(approved.CheckTime);
        Assert.Equal(RefundStatus.Rejected, rejected!.Status);
        Assert.Equal(2, fixture.Gateway.Data.FindRefundApplication(toReject.Id)!.RejectType);
        Assert.Equal(before - 2, await client.Refunds.CountPendingAsync());
    }

    [Fact]
    public async Task A_stale_sysVersion_is_a_concurrency_error_sent_once()
    {
        await using var fixture = ClientFixture.Start(orderCount: 100);
        var client = fixture.Client(o => o.Retry = new JdRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10) });
        var service = fixture.Gateway.Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        var version = service.SysVersion;

        var error = await Assert.ThrowsAsync<JdConcurrencyException>(() => client.AfterSales.RejectServiceAsync(Requests.Reject(service) with { SysVersion = version - 1 }));

        Assert.Equal(service.ServiceId, error.ServiceId);
        Assert.Equal(JdBusinessErrorKind.StaleVersion, error.Kind);
        Assert.Equal("jingdong.asc.audit.refuse", error.Method);
        var sent = Assert.Single(fixture.Gateway.Journal.Records);
        Assert.Equal("ASC_SYS_VERSION_ERROR", sent.BusinessErrorCode);
        Assert.Equal(10001, service.ServiceStatus);
        Assert.Equal(version, service.SysVersion);
    }

    [Fact]
    public async Task A_second_approval_of_a_refund_is_already_processed_and_the_application_stays_approved()
    {
        await using var fixture = ClientFixture.Start(orderCount: 100);
        var client = fixture.Client();
        var refund = fixture.Gateway.Data.RefundApplications.First(r => r.Status == 0);

        await client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(refund.Id, "同意"));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(refund.Id, "再次同意")));

        Assert.Equal(JdBusinessErrorKind.AlreadyProcessed, error.Kind);
        Assert.IsNotType<JdConcurrencyException>(error);
        Assert.Equal(2, fixture.Gateway.Journal.Count);
        var reread = await client.Refunds.GetAsync(refund.Id);
        Assert.Equal(RefundStatus.Approved, reread!.Status);
        Assert.Equal("同意", reread.CheckRemark);
    }
}
