using JdAfterSales.AfterSales;
using JdAfterSales.ContractTests.Support;
using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Client;

/// <summary>
/// One test per method of <c>client.AfterSales</c>, over real HTTP against the fake gateway. Expectations come from
/// the fake's data set (<c>gateway.Data</c>), never from the client.
/// </summary>
public sealed class AfterSalesContractTests : IAsyncLifetime
{
    private ClientFixture _fixture = null!;
    private JdClient _client = null!;

    private FakeJdGateway Gateway => _fixture.Gateway;

    private FakeShopData Data => _fixture.Gateway.Data;

    public Task InitializeAsync()
    {
        _fixture = ClientFixture.Start(orderCount: 400);
        _client = _fixture.Client();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task ListServicesAsync_returns_the_first_page_of_the_matching_service_orders_newest_first()
    {
        var expected = NewestFirst(Data.ServiceOrders.Where(s => s.ServiceStatus == 10001));
        Assert.True(expected.Count > 10, "the data set has pending service orders");

        var page = await _client.AfterSales.ListServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit, PageSize = 10 });

        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Take(10).Select(s => s.ServiceId), page.Items.Select(i => i.ServiceId));
        Assert.All(page.Items, item => AssertBrief(item));
        Assert.True(page.HasMore);
    }

    [Fact]
    public async Task ListAllServicesAsync_walks_every_matching_service_order_once()
    {
        var expected = Data.ServiceOrders.Where(s => s.ServiceStatus == 10010).Select(s => s.ServiceId).Order().ToList();

        var walked = await _client.AfterSales.ListAllServicesAsync(new ListServicesRequest { Status = ServiceStatus.Completed, PageSize = 7 }).ToListAsync();

        Assert.Equal(expected, walked.Select(s => s.ServiceId).Order());
        Assert.All(walked, item => AssertBrief(item));
    }

    [Fact]
    public async Task GetServiceAsync_returns_the_service_bill()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10005);

        var bill = await _client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = service.ServiceId, OrderId = service.OrderId });

        Assert.Equal(service.ServiceId, bill.ServiceId);
        Assert.Equal(service.OrderId, bill.OrderId);
        Assert.Equal(service.ApplyId, bill.ApplyId);
        Assert.Equal(service.ServiceStatus, bill.Status.Value);
        Assert.Equal(service.SysVersion, bill.SysVersion);
        Assert.Equal(service.CustomerExpect, bill.CustomerExpectation.Value);
        Assert.Equal(service.ApplyTime, bill.ApplyTime);
        Assert.Equal(service.CustomerPin, bill.CustomerInfo!.JdPin);
        Assert.Equal(service.QuestionDesc, bill.QuestionDescription);
        var detail = Assert.Single(bill.Details);
        Assert.Equal(service.SkuId, detail.SkuId);
        Assert.Equal(service.ServiceCount, detail.WareNumber);
        Assert.Equal(service.ActualPayPrice, detail.ActualPayPrice);
    }

    [Fact]
    public async Task ListChangedServicesAsync_returns_the_changes_in_the_window_oldest_first()
    {
        var (begin, end) = (Data.Anchor.AddDays(-10), Data.Anchor);
        var expected = Data.ServiceOrders.Where(s => s.UpdateTime >= begin && s.UpdateTime <= end)
            .OrderBy(s => s.UpdateTime).ThenBy(s => s.ServiceId).ToList();
        Assert.NotEmpty(expected);

        var page = await _client.AfterSales.ListChangedServicesAsync(new ListChangedServicesRequest { UpdateTimeBegin = begin, UpdateTimeEnd = end, PageSize = 20 });

        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Take(20).Select(s => s.ServiceId), page.Items.Select(i => i.ServiceId));
        Assert.All(page.Items, item => AssertBrief(item));
    }

    [Fact]
    public async Task ListAllChangedServicesAsync_walks_every_change_in_the_window_once()
    {
        var (begin, end) = (Data.Anchor.AddDays(-30), Data.Anchor);
        var expected = Data.ServiceOrders.Where(s => s.UpdateTime >= begin && s.UpdateTime <= end).Select(s => s.ServiceId).Order().ToList();

        var walked = await _client.AfterSales.ListAllChangedServicesAsync(new ListChangedServicesRequest { UpdateTimeBegin = begin, UpdateTimeEnd = end, PageSize = 13 }).ToListAsync();

        Assert.Equal(expected, walked.Select(s => s.ServiceId).Order());
    }

    [Fact]
    public async Task ListServiceLogsAsync_returns_the_service_orders_log()
    {
        var service = Data.ServiceOrders.Where(s => s.Logs.Count > 1).First();
        var expected = service.Logs.OrderBy(l => l.OperateDate).ThenBy(l => l.AfsLogId).ToList();

        var page = await _client.AfterSales.ListServiceLogsAsync(new ListServiceLogsRequest { ServiceId = service.ServiceId });

        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Select(l => l.AfsLogId), page.Items.Select(l => l.LogId));
        Assert.All(page.Items.Zip(expected), pair =>
        {
            Assert.Equal(pair.Second.ServiceId, pair.First.ServiceId);
            Assert.Equal(pair.Second.OperateType, pair.First.OperateType);
            Assert.Equal(pair.Second.OperateRemark, pair.First.OperateRemark);
            Assert.Equal(pair.Second.OperateDate, pair.First.OperateDate);
        });
    }

    [Fact]
    public async Task ListServiceRefundsAsync_returns_a_refund_row_per_completed_return()
    {
        var expected = NewestFirst(Data.ServiceOrders.Where(s => s.CustomerExpect == 10 && s.ServiceStatus == 10010));
        Assert.NotEmpty(expected);

        var page = await _client.AfterSales.ListServiceRefundsAsync(new ListServiceRefundsRequest { PageSize = 50 });

        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Take(50).Select(s => s.ServiceId), page.Items.Select(r => r.ServiceBill!.ServiceId!.Value));
        Assert.All(page.Items.Zip(expected), pair => Assert.Equal(pair.Second.ActualPayPrice, pair.First.RefundAmount));
    }

    [Fact]
    public async Task ListPendingAuditsAsync_returns_the_service_orders_waiting_for_the_merchant_oldest_first()
    {
        var expected = Data.ServiceOrders.Where(s => s.ServiceStatus is 10001 or 10002).OrderBy(s => s.ApplyTime).ThenBy(s => s.ServiceId).ToList();

        var page = await _client.AfterSales.ListPendingAuditsAsync(new ListPendingAuditsRequest { PageSize = 15 });

        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Take(15).Select(s => s.ServiceId), page.Items.Select(a => Assert.Single(a.ServiceIds)));
        Assert.All(page.Items.Zip(expected), pair =>
        {
            Assert.Equal(pair.Second.ApplyId, pair.First.ApplyId);
            Assert.Equal(pair.Second.ServiceStatus, pair.First.Status.Value);
            Assert.Equal(pair.Second.AuditDeadline, pair.First.AuditDeadline);
            Assert.Equal(pair.Second.OrderId, pair.First.OrderId);
        });
    }

    [Fact]
    public async Task ListAllPendingAuditsAsync_walks_every_waiting_service_order_once()
    {
        var expected = Data.ServiceOrders.Where(s => s.ServiceStatus is 10001 or 10002).Select(s => s.ServiceId).Order().ToList();

        var walked = await _client.AfterSales.ListAllPendingAuditsAsync(new ListPendingAuditsRequest { PageSize = 9 }).ToListAsync();

        Assert.Equal(expected, walked.SelectMany(a => a.ServiceIds).Order());
    }

    [Fact]
    public async Task ListAuditReasonsAsync_returns_the_top_level_reasons_and_their_children()
    {
        var top = Data.Reasons.Where(r => r.ParentCode == 0).ToList();

        var reasons = await _client.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest());

        Assert.Equal(top.Select(r => (long)r.Code), reasons.Select(r => r.Code));
        Assert.Equal(top.Select(r => r.Name), reasons.Select(r => r.Name));

        var parent = top.First(t => Data.Reasons.Any(r => r.ParentCode == t.Code));
        var children = await _client.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest { ParentCode = parent.Code });
        Assert.Equal(Data.Reasons.Where(r => r.ParentCode == parent.Code).Select(r => (long)r.Code), children.Select(r => r.Code));
        Assert.All(children, c => Assert.Equal(parent.Code, c.ParentCode));
    }

    [Fact]
    public async Task RejectAsync_closes_the_audit()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        var version = service.SysVersion;

        await _client.AfterSales.RejectServiceAsync(Requests.Reject(service));

        Assert.Equal(10004, service.ServiceStatus);
        Assert.Equal(version + 1, service.SysVersion);
        Assert.Equal("不符合退货条件", service.ApproveNotes);
        Assert.Equal("cs_agent_01", service.ApprovePin);
        Assert.Equal("jingdong.asc.audit.refuse", Gateway.Journal.Last!.Method);
    }

    [Fact]
    public async Task ApproveForReturnShippingAsync_waits_for_the_return_parcel()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        var version = service.SysVersion;

        await _client.AfterSales.ApproveForReturnShippingAsync(Requests.ApproveForReturnShipping(service));

        Assert.Equal(10005, service.ServiceStatus);
        Assert.Equal(version + 1, service.SysVersion);
        Assert.Equal(40, service.PickwareType);
        Assert.NotNull(service.ExpressCode);
    }

    [Fact]
    public async Task ApproveForDoorPickupAsync_sends_a_courier()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10002);
        var version = service.SysVersion;

        await _client.AfterSales.ApproveForDoorPickupAsync(Requests.ApproveForDoorPickup(service));

        Assert.Equal(10005, service.ServiceStatus);
        Assert.Equal(version + 1, service.SysVersion);
        Assert.Equal(4, service.PickwareType);
        Assert.Equal("李四", Gateway.Journal.Last!.GetBusinessParameter("pickupContactName"));
    }

    [Fact]
    public async Task ApproveForCustomerDeliveryAsync_waits_for_the_customer()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        var version = service.SysVersion;

        await _client.AfterSales.ApproveForCustomerDeliveryAsync(Requests.ApproveForCustomerDelivery(service));

        Assert.Equal(10005, service.ServiceStatus);
        Assert.Equal(version + 1, service.SysVersion);
        Assert.Equal(7, service.PickwareType);
    }

    [Fact]
    public async Task RequestCustomerFeedbackAsync_waits_for_the_customer()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        var version = service.SysVersion;

        await _client.AfterSales.RequestCustomerFeedbackAsync(Requests.RequestFeedback(service));

        Assert.Equal(10002, service.ServiceStatus);
        Assert.Equal(version + 1, service.SysVersion);
        Assert.Equal("请补充照片", service.ApproveNotes);
    }

    [Fact]
    public async Task ListAwaitingReceiptAsync_returns_the_parcels_on_their_way_back()
    {
        var expected = NewestFirst(Data.ServiceOrders.Where(s => s.ServiceStatus == 10005));
        Assert.NotEmpty(expected);

        var page = await _client.AfterSales.ListAwaitingReceiptAsync(new ListAwaitingReceiptRequest { PageSize = 5 });

        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Take(5).Select(s => s.ServiceId), page.Items.Select(s => s.ServiceId));
        Assert.All(page.Items, item => AssertBrief(item));
    }

    [Fact]
    public async Task ListAllAwaitingReceiptAsync_walks_every_parcel_on_its_way_back_once()
    {
        var expected = Data.ServiceOrders.Where(s => s.ServiceStatus == 10005).Select(s => s.ServiceId).Order().ToList();

        var walked = await _client.AfterSales.ListAllAwaitingReceiptAsync(new ListAwaitingReceiptRequest { PageSize = 3 }).ToListAsync();

        Assert.Equal(expected, walked.Select(s => s.ServiceId).Order());
    }

    [Fact]
    public async Task RegisterReceiptAsync_records_the_receipt()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10005);
        var version = service.SysVersion;

        await _client.AfterSales.RegisterReceiptAsync(Requests.RegisterReceipt(service));

        Assert.Equal(10007, service.ServiceStatus);
        Assert.Equal(version + 1, service.SysVersion);
        Assert.NotNull(service.Receipt);
        Assert.Equal("包装完好，已入库", service.Receipt.ReceiveRemark);
        Assert.Equal("cs_agent_01", service.Receipt.ReceivePin);
        Assert.Equal("售后客服小王", service.Receipt.ReceiveName);
    }

    [Fact]
    public async Task GetReceiptAsync_returns_the_registered_receipt()
    {
        var service = Data.ServiceOrders.First(s => s.Receipt is not null);
        var receipt = service.Receipt!;

        var detail = await _client.AfterSales.GetReceiptAsync(new GetReceiptRequest { ServiceId = service.ServiceId, OrderId = service.OrderId });

        Assert.NotNull(detail);
        Assert.Equal(receipt.ReceiveId, detail.ReceiveId);
        Assert.Equal(service.ServiceId, detail.ServiceId);
        Assert.Equal(receipt.ReceiveDate, detail.ReceiveDate);
        Assert.Equal(receipt.ReceiveRemark, detail.ReceiveRemark);
        Assert.Equal(receipt.QualityState, detail.QualityState);
        var ware = Assert.Single(detail.Wares);
        Assert.Equal(service.SkuId, ware.SkuId);
        Assert.Equal(receipt.WareNum, ware.WareNumber);
    }

    [Fact]
    public async Task GetReceiptAsync_is_null_before_the_goods_came_back()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        Assert.Null(await _client.AfterSales.GetReceiptAsync(new GetReceiptRequest { ServiceId = service.ServiceId, OrderId = service.OrderId }));
    }

    [Fact]
    public async Task GetReturnFreightAsync_returns_the_return_waybill()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10005 && s.ExpressCode is not null);

        var freight = await _client.AfterSales.GetReturnFreightAsync(new GetReturnFreightRequest { ServiceId = service.ServiceId, OrderId = service.OrderId });

        Assert.NotNull(freight);
        Assert.Equal(service.ServiceId, freight.ServiceId);
        Assert.Equal(service.ExpressCode, freight.ExpressCode);
        Assert.Equal(service.ReturnTrace[0].Time, freight.DeliveryDate);
    }

    [Fact]
    public async Task CloseAsync_completes_the_service_order()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10007);
        var version = service.SysVersion;

        await _client.AfterSales.CloseServiceAsync(Requests.Close(service));

        Assert.Equal(10010, service.ServiceStatus);
        Assert.Equal(version + 1, service.SysVersion);
        // JD declares no notes for process.close, so the fake records its own.
        Assert.Equal("处理完成", service.ProcessNotes);
    }

    [Fact]
    public async Task CancelAsync_cancels_the_service_order()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        var version = service.SysVersion;

        await _client.AfterSales.CancelServiceAsync(Requests.Cancel(service));

        Assert.Equal(10011, service.ServiceStatus);
        Assert.Equal(version + 1, service.SysVersion);
        Assert.Equal("客户要求取消", service.ProcessNotes);
    }

    private static List<FakeServiceOrder> NewestFirst(IEnumerable<FakeServiceOrder> services) =>
        services.OrderByDescending(s => s.ApplyTime).ThenByDescending(s => s.ServiceId).ToList();

    private void AssertBrief(ServiceBrief item)
    {
        var expected = Data.FindServiceOrder(item.ServiceId);
        Assert.NotNull(expected);
        Assert.Equal(expected.OrderId, item.OrderId);
        Assert.Equal(expected.ApplyId, item.ApplyId);
        Assert.Equal(expected.ServiceStatus, item.Status.Value);
        Assert.Equal(Expected.SysVersion(expected), item.SysVersion);
        Assert.Equal(expected.CustomerExpect, item.CustomerExpectation.Value);
        Assert.Equal(expected.ApplyTime, item.ApplyTime);
        Assert.Equal(expected.CustomerPin, item.CustomerPin);
        Assert.Equal(expected.SkuId, item.SkuId);
        Assert.Equal(expected.WareName, item.WareName);
    }
}
