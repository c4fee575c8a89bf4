using JdAfterSales.AfterSales;
using JdAfterSales.ContractTests.Support;
using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Client;

/// <summary>
/// Re-sending at audit, the reminder to ship, the return waybill, notes, the customer's phone and the other service
/// orders of an order, over real HTTP against the fake gateway. Expectations come from the fake's data set.
/// </summary>
public sealed class ServiceOrderContractTests : IAsyncLifetime
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
    public async Task GetPendingAuditAsync_reads_a_listed_application_and_its_version_approves_it()
    {
        var listed = (await _client.AfterSales.ListPendingAuditsAsync(new ListPendingAuditsRequest { PageSize = 1 })).Items[0];

        var detail = await _client.AfterSales.GetPendingAuditAsync(new GetPendingAuditRequest { ApplyId = listed.ApplyId });

        Assert.NotNull(detail);
        var service = Data.FindServiceOrder(Assert.Single(detail.ServiceIds))!;
        Assert.Equal(listed.ServiceIds, detail.ServiceIds);
        Assert.Equal(service.SysVersion, detail.SysVersion);
        Assert.Equal(service.OrderId, detail.OrderId);
        Assert.Equal(service.SkuId, Assert.Single(detail.Items).SkuId);
        Assert.Equal(Requests.DetailId(service), detail.Items[0].ApplyDetailId);
        await _client.AfterSales.ApproveForReissueAsync(Requests.ApproveForReissue(service) with { SysVersion = detail.SysVersion });
        Assert.Equal(10009, service.ServiceStatus);

        var gone = await Assert.ThrowsAsync<JdBusinessException>(() => _client.AfterSales.GetPendingAuditAsync(new GetPendingAuditRequest { ApplyId = listed.ApplyId }));
        Assert.Equal("ASC_APPLY_NOT_EXIST", gone.Code);
    }

    [Fact]
    public async Task ApproveForDoorExchangeAsync_sends_jd_to_the_door_and_the_old_item_travels_back()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);

        await _client.AfterSales.ApproveForDoorExchangeAsync(Requests.ApproveForDoorExchange(service));

        Assert.Equal(10005, service.ServiceStatus);
        Assert.Equal(36, service.ApproveResult);
        Assert.Equal(4, service.PickwareType);
        Assert.NotNull(service.ExpressCode);
        var waiting = await _client.AfterSales.ListAwaitingReceiptAsync(new ListAwaitingReceiptRequest { ServiceId = service.ServiceId });
        Assert.Equal(service.ServiceId, Assert.Single(waiting.Items).ServiceId);
    }

    [Fact]
    public async Task ApproveForCompensationAsync_sends_new_items_and_nothing_comes_back()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);

        await _client.AfterSales.ApproveForCompensationAsync(Requests.ApproveForCompensation(service));

        Assert.Equal(10009, service.ServiceStatus);
        Assert.Equal(37, service.ApproveResult);
        Assert.Equal([service.SkuId, 100012345699L], service.Shipment!.SkuIds);
        Assert.Equal(Requests.PickupAddress.DetailAddress, service.Shipment.DetailAddress);
        Gateway.ConfirmShipmentReceived(service.ServiceId);
        Assert.Equal(10010, service.ServiceStatus);
    }

    [Fact]
    public async Task ApproveForReissueAsync_approves_with_nothing_coming_back()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);

        await _client.AfterSales.ApproveForReissueAsync(Requests.ApproveForReissue(service));

        Assert.Equal(10009, service.ServiceStatus);
        Assert.Equal(35, service.ApproveResult);
        Assert.Equal("JDVR00000000001", service.Shipment!.ExpressCode);
        Assert.Null(service.Receipt);
        var bill = await _client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = service.ServiceId, OrderId = service.OrderId });
        Assert.Equal(ServiceStatus.WaitingForCustomerConfirmation, bill.Status);
    }

    [Fact]
    public async Task RemindCustomerToShipAsync_is_recorded_without_a_new_version_and_only_while_awaiting_the_goods()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10005);
        var version = service.SysVersion;

        await _client.AfterSales.RemindCustomerToShipAsync(Requests.RemindToShip(service));

        Assert.Equal(1, service.ShipReminders);
        Assert.Equal(version, service.SysVersion);
        Assert.Equal("提醒发货", service.Logs[^1].OperateTypeName);
        var received = Data.ServiceOrders.First(s => s.ServiceStatus == 10007);
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => _client.AfterSales.RemindCustomerToShipAsync(Requests.RemindToShip(received)));
        Assert.Equal("ASC_STATUS_ERROR", error.Code);
    }

    [Fact]
    public async Task RegisterReturnFreightAsync_is_read_back_by_the_freight_view()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10005);

        await _client.AfterSales.RegisterReturnFreightAsync(Requests.RegisterReturnFreight(service));

        var freight = await _client.AfterSales.GetReturnFreightAsync(new GetReturnFreightRequest { ServiceId = service.ServiceId, OrderId = service.OrderId });
        Assert.NotNull(freight);
        Assert.Equal("SF2000000001", freight.ExpressCode);
        Assert.Equal("顺丰", freight.ExpressCompany);
        Assert.Equal(15.50m, freight.FreightMoney);
        Assert.Equal(30, freight.ShipWayId);
    }

    [Fact]
    public async Task Notes_added_are_listed_oldest_first_with_their_author()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10005);

        await _client.AfterSales.AddServiceNoteAsync(Requests.AddNote(service));
        await _client.AfterSales.AddServiceNoteAsync(Requests.AddNote(service) with { Note = "已催促客户寄回" });
        var notes = await _client.AfterSales.ListServiceNotesAsync(new ListServiceNotesRequest { ServiceId = service.ServiceId });

        Assert.Equal(2, notes.TotalCount);
        Assert.Equal(service.Notes.Select(n => n.Text), notes.Items.Select(n => n.Text));
        Assert.Equal(["客户来电，已说明寄回地址", "已催促客户寄回"], notes.Items.Select(n => n.Text));
        Assert.All(notes.Items, n => Assert.Equal(_fixture.Options().OperatorNick, n.CreateName));
        var unknown = await Assert.ThrowsAsync<JdBusinessException>(() => _client.AfterSales.ListServiceNotesAsync(new ListServiceNotesRequest { ServiceId = 1_999_999_999_999 }));
        Assert.Equal("ASC_SERVICE_NOT_EXIST", unknown.Code);
    }

    [Fact]
    public async Task GetCustomerPhoneAsync_gives_the_number_and_its_masked_form()
    {
        var service = Data.ServiceOrders.First(s => s.CustomerTel.Contains("****", StringComparison.Ordinal));

        var phone = await _client.AfterSales.GetCustomerPhoneAsync(new GetCustomerPhoneRequest { ServiceId = service.ServiceId });

        Assert.NotNull(phone);
        Assert.Equal(service.CustomerTel, phone.Masked);
        Assert.DoesNotContain("*", phone.Number, StringComparison.Ordinal);
        Assert.Equal(service.CustomerTel.Length, phone.Number!.Length);
    }

    [Fact]
    public async Task ListSameOrderServicesAsync_lists_the_other_service_orders_of_the_order()
    {
        var first = Data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        var second = Gateway.AddServiceOrder(new FakeServiceOrderSeed { OrderId = first.OrderId, Status = FakeServiceStatus.Completed });

        var page = await _client.AfterSales.ListSameOrderServicesAsync(new ListSameOrderServicesRequest { ServiceId = first.ServiceId, OrderId = first.OrderId });

        var expected = Data.ServiceOrders.Where(s => s.OrderId == first.OrderId && s.ServiceId != first.ServiceId).Select(s => s.ServiceId).Order();
        Assert.Equal(expected, page.Items.Select(i => i.ServiceId).Order());
        var other = Assert.Single(page.Items, i => i.ServiceId == second.ServiceId);
        Assert.Equal(ServiceStatus.Completed, other.Status);
        Assert.Equal(second.SkuId, other.SkuId);
        Assert.Equal(first.OrderId, other.OrderId);
    }
}
