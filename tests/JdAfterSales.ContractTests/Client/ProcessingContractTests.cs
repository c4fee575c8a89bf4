using JdAfterSales.AfterSales;
using JdAfterSales.ContractTests.Support;
using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Client;

/// <summary>
/// Processing over real HTTP against the fake gateway: the list of service orders waiting for it, each way to end it
/// (the original item back, a new one from JD, a new one the shop shipped), their cancellations, and asking JD to step
/// in. Expectations come from the fake's data set, never from the client.
/// </summary>
public sealed class ProcessingContractTests : IAsyncLifetime
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
    public async Task ListAwaitingProcessingAsync_returns_the_received_service_orders_newest_first()
    {
        var expected = Data.ServiceOrders.Where(s => s.ServiceStatus == 10007)
            .OrderByDescending(s => s.ApplyTime).ThenByDescending(s => s.ServiceId).ToList();
        Assert.True(expected.Count > 5, "the data set has received service orders");

        var page = await _client.AfterSales.ListAwaitingProcessingAsync(new ListAwaitingProcessingRequest { PageSize = 5 });

        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Take(5).Select(s => s.ServiceId), page.Items.Select(i => i.ServiceId));
        Assert.All(page.Items, item =>
        {
            var service = Data.FindServiceOrder(item.ServiceId)!;
            Assert.Equal(service.OrderId, item.OrderId);
            Assert.Equal(ServiceStatus.PendingProcessing, item.Status);
            Assert.Equal(service.CustomerExpect, item.CustomerExpectation.Value);
            Assert.Equal(service.SkuId, item.SkuId);
            Assert.Equal(service.Receipt!.ReceiveDate, item.DeliveryDate);
            Assert.Equal(service.ApproveTime, item.ApproveTime);
        });
    }

    [Fact]
    public async Task ListAllAwaitingProcessingAsync_finds_each_one_once_while_they_are_processed()
    {
        var expected = Data.ServiceOrders.Where(s => s.ServiceStatus == 10007).Select(s => s.ServiceId).Order().ToList();
        var seen = new List<long>();

        await foreach (var item in _client.AfterSales.ListAllAwaitingProcessingAsync(new ListAwaitingProcessingRequest { PageSize = 3 }))
        {
            seen.Add(item.ServiceId);
            var service = Data.FindServiceOrder(item.ServiceId)!;
            await _client.AfterSales.CloseServiceAsync(Requests.Close(service));
        }

        Assert.Equal(expected, seen.Order());
        Assert.Equal(0, (await _client.AfterSales.ListAwaitingProcessingAsync(new ListAwaitingProcessingRequest())).TotalCount);
    }

    [Fact]
    public async Task The_counts_match_the_lists_totals()
    {
        var exchanges = new ListAwaitingProcessingRequest { CustomerExpectation = CustomerExpectation.Exchange };
        var pending = new ListServicesRequest { Status = ServiceStatus.PendingAudit };

        var processing = await _client.AfterSales.CountAwaitingProcessingAsync(new CountAwaitingProcessingRequest { Filter = exchanges });
        var audits = await _client.AfterSales.CountServicesAsync(new CountServicesRequest { Filter = pending });

        Assert.Equal(Data.ServiceOrders.Count(s => s.ServiceStatus == 10007 && s.CustomerExpect == 20), processing);
        Assert.Equal((await _client.AfterSales.ListAwaitingProcessingAsync(exchanges)).TotalCount, processing);
        Assert.Equal(Data.ServiceOrders.Count(s => s.ServiceStatus == 10001), audits);
        Assert.True(audits > 0 && processing > 0);
        var waitingAudit = await _client.AfterSales.CountPendingAuditsAsync(new CountPendingAuditsRequest { Filter = new ListPendingAuditsRequest() });
        var waitingReceipt = await _client.AfterSales.CountAwaitingReceiptAsync(new CountAwaitingReceiptRequest { Filter = new ListAwaitingReceiptRequest() });
        Assert.Equal(Data.ServiceOrders.Count(s => s.ServiceStatus is 10001 or 10002), waitingAudit);
        Assert.Equal(Data.ServiceOrders.Count(s => s.ServiceStatus == 10005), waitingReceipt);
    }

    [Fact]
    public async Task The_list_filters_by_expectation_and_intervention()
    {
        var exchange = Data.ServiceOrders.First(s => s.ServiceStatus == 10007 && s.CustomerExpect == 10);
        await _client.AfterSales.RequestJdInterventionAsync(Requests.RequestJdIntervention(exchange));

        var intervened = await _client.AfterSales.ListAwaitingProcessingAsync(new ListAwaitingProcessingRequest { JdIntervened = true });
        var returns = await _client.AfterSales.ListAllAwaitingProcessingAsync(new ListAwaitingProcessingRequest { CustomerExpectation = CustomerExpectation.Return }).ToListAsync();

        Assert.Equal([exchange.ServiceId], intervened.Items.Select(i => i.ServiceId));
        Assert.Equal(
            Data.ServiceOrders.Where(s => s.ServiceStatus == 10007 && s.CustomerExpect == 10).Select(s => s.ServiceId).Order(),
            returns.Select(i => i.ServiceId).Order());
    }

    [Fact]
    public async Task Shipping_the_original_back_waits_for_the_customer_and_its_cancellation_waits_for_processing_again()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10007);
        var version = service.SysVersion;

        await _client.AfterSales.ShipOriginalBackAsync(Requests.ShipOriginalBack(service));

        Assert.Equal(10009, service.ServiceStatus);
        Assert.Equal(version + 1, service.SysVersion);
        Assert.Equal("jingdong.asc.process.back", service.Shipment!.Method);
        Assert.Equal("JDVB00000000001", service.Shipment.ExpressCode);
        Assert.Equal(Requests.Consignee.Name, service.Shipment.ConsigneeName);
        var bill = await _client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = service.ServiceId, OrderId = service.OrderId });
        Assert.Equal(ServiceStatus.WaitingForCustomerConfirmation, bill.Status);
        Assert.Equal(service.SysVersion, bill.SysVersion);

        await _client.AfterSales.CancelOriginalBackAsync(Requests.CancelOriginalBack(service));

        Assert.Equal(7060, service.ServiceStatus);
        Assert.Null(service.Shipment);
        var waiting = await _client.AfterSales.ListAwaitingProcessingAsync(new ListAwaitingProcessingRequest { ServiceId = service.ServiceId });
        Assert.Equal(ServiceStatus.ReturnOriginalCancelled, Assert.Single(waiting.Items).Status);
        Assert.Equal(["原返", "取消原返"], service.Logs.TakeLast(2).Select(l => l.OperateTypeName));
    }

    [Fact]
    public async Task A_replacement_completes_once_the_customer_confirms()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10007 && s.CustomerExpect == 20);

        await _client.AfterSales.ShipReplacementAsync(Requests.ShipReplacement(service));
        Assert.Equal(10009, service.ServiceStatus);
        Assert.Equal([service.SkuId], service.Shipment!.SkuIds);
        Gateway.ConfirmShipmentReceived(service.ServiceId);

        var bill = await _client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = service.ServiceId, OrderId = service.OrderId });
        Assert.Equal(ServiceStatus.Completed, bill.Status);
    }

    [Fact]
    public async Task A_replacement_cannot_be_cancelled_as_an_original_back()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10007);
        await _client.AfterSales.ShipReplacementAsync(Requests.ShipReplacement(service));

        var error = await Assert.ThrowsAsync<JdBusinessException>(() => _client.AfterSales.CancelOriginalBackAsync(Requests.CancelOriginalBack(service)));

        Assert.Equal("ASC_STATUS_ERROR", error.Code);
        Assert.Equal(10009, service.ServiceStatus);
    }

    [Fact]
    public async Task An_offline_exchange_records_the_waybill_and_its_cancellation_reopens_processing()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10007 && s.CustomerExpect == 20);

        await _client.AfterSales.RegisterOfflineExchangeAsync(Requests.RegisterOfflineExchange(service));
        Assert.Equal(10009, service.ServiceStatus);
        Assert.Equal("SF1000000001", service.Shipment!.ExpressCode);
        Assert.Equal("顺丰", service.Shipment.ShipWayName);

        await _client.AfterSales.CancelOfflineExchangeAsync(Requests.CancelOfflineExchange(service));
        Assert.Equal(7090, service.ServiceStatus);

        // From 7090 processing starts again; a stale version is refused first.
        var stale = Requests.ShipReplacement(service) with { SysVersion = service.SysVersion - 1 };
        await Assert.ThrowsAsync<JdConcurrencyException>(() => _client.AfterSales.ShipReplacementAsync(stale));
        await _client.AfterSales.ShipReplacementAsync(Requests.ShipReplacement(service));
        Assert.Equal(10009, service.ServiceStatus);
    }

    [Fact]
    public async Task An_unresolved_offline_exchange_leaves_the_service_order_waiting()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10007);
        var version = service.SysVersion;

        await _client.AfterSales.RegisterOfflineExchangeAsync(Requests.RegisterOfflineExchange(service) with { Outcome = OfflineExchangeOutcome.Unresolved });

        Assert.Equal(10007, service.ServiceStatus);
        Assert.Equal(version + 1, service.SysVersion);
        Assert.Null(service.Shipment);
        Assert.Equal("线下换新未解决", service.Logs[^1].OperateTypeName);
    }

    [Fact]
    public async Task Processing_a_service_order_not_received_is_refused_and_changes_nothing()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10005);
        var version = service.SysVersion;

        var error = await Assert.ThrowsAsync<JdBusinessException>(() => _client.AfterSales.ShipOriginalBackAsync(Requests.ShipOriginalBack(service)));

        Assert.Equal("ASC_STATUS_ERROR", error.Code);
        Assert.Equal(10005, service.ServiceStatus);
        Assert.Equal(version, service.SysVersion);
    }

    [Fact]
    public async Task Asking_jd_to_intervene_keeps_the_status_and_marks_the_service_order()
    {
        var service = Data.ServiceOrders.First(s => s.ServiceStatus == 10005);
        var version = service.SysVersion;

        await _client.AfterSales.RequestJdInterventionAsync(Requests.RequestJdIntervention(service));

        Assert.True(service.JdIntervened);
        Assert.Equal(10005, service.ServiceStatus);
        Assert.Equal(version + 1, service.SysVersion);
        var completed = Data.ServiceOrders.First(s => s.ServiceStatus == 10010);
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => _client.AfterSales.RequestJdInterventionAsync(Requests.RequestJdIntervention(completed)));
        Assert.Equal("ASC_STATUS_ERROR", error.Code);
        Assert.False(completed.JdIntervened);
    }
}
