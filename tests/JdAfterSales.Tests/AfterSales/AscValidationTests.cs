using JdAfterSales.AfterSales;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.AfterSales;

/// <summary>Input JD would refuse is refused before anything is sent, naming the wire parameter.</summary>
public sealed class AscValidationTests
{
    private static readonly AscContactAddress Address = new()
    {
        ContactName = "售后仓", ContactTel = "010-1", Zipcode = "100000", Province = 1, City = 72, County = 2819, DetailAddress = "1号",
    };

    public static TheoryData<string, string, Func<JdClient, Task>> Refusals() => new()
    {
        { "pageSize", "50", c => c.AfterSales.ListServicesAsync(new ListServicesRequest { PageSize = 51 }) },
        { "pageSize", "50", c => c.AfterSales.ListServiceRefundsAsync(new ListServiceRefundsRequest { PageSize = 100 }) },
        { "pageSize", "1", c => c.AfterSales.ListPendingAuditsAsync(new ListPendingAuditsRequest { PageSize = 0 }) },
        { "pageNumber", "1", c => c.AfterSales.ListAwaitingReceiptAsync(new ListAwaitingReceiptRequest { PageNumber = 0 }) },
        { "serviceId", "positive", c => c.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = 0, OrderId = 1 }) },
        { "orderId", "positive", c => c.AfterSales.GetReceiptAsync(new GetReceiptRequest { ServiceId = 1, OrderId = -5 }) },
        { "serviceId", "positive", c => c.AfterSales.ListServicesAsync(new ListServicesRequest { ServiceId = -1 }) },
        { "applyTimeEnd", "applyTimeBegin", c => c.AfterSales.ListServicesAsync(new ListServicesRequest { ApplyTimeBegin = AscKit.Beijing20240520, ApplyTimeEnd = AscKit.Beijing20240520.AddSeconds(-1) }) },
        { "updateTimeEnd", "updateTimeBegin", c => c.AfterSales.ListChangedServicesAsync(new ListChangedServicesRequest { UpdateTimeBegin = AscKit.Beijing20240520 }) },
        { "approveNotes", "required", c => c.AfterSales.RejectServiceAsync(new RejectServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 1, ApproveNotes = " ", ApproveReasonCid1 = 1 }) },
        { "approveReasonCid1", "positive", c => c.AfterSales.RejectServiceAsync(new RejectServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 1, ApproveNotes = "n", ApproveReasonCid1 = 0 }) },
        { "sysVersion", "negative", c => c.AfterSales.CloseServiceAsync(new CloseServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = -1 }) },
        { "sysVersion", "read it again", c => c.AfterSales.CloseServiceAsync(new CloseServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = null }) },
        { "applyTimeBegin", "1970", c => c.AfterSales.ListServicesAsync(new ListServicesRequest { ApplyTimeBegin = DateTimeOffset.MaxValue }) },
        { "pickupVillage", "town code", c => c.AfterSales.ApproveForDoorPickupAsync(new ApproveForDoorPickupRequest { ServiceId = 1, OrderId = 2, SysVersion = 1, ApproveNotes = "n", ApproveReasonCid1 = 1, ReturnAddress = Address, PickupAddress = Address with { Village = -1 }, ReturnAddressType = 1, ApplyDetailIds = [1] }) },
        { "approveNotes", "required", c => c.AfterSales.CancelServiceAsync(new CancelServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 1, ApproveNotes = "" }) },
        { "applyDetailIdList", "at least one", c => c.AfterSales.ApproveForReturnShippingAsync(new ApproveForReturnShippingRequest { ServiceId = 1, OrderId = 2, SysVersion = 1, ApproveNotes = "n", ApproveReasonCid1 = 1, ReturnAddress = Address, ReturnAddressType = 1, ApplyDetailIds = [] }) },
        { "returnZipcode", "required", c => c.AfterSales.ApproveForCustomerDeliveryAsync(new ApproveForCustomerDeliveryRequest { ServiceId = 1, OrderId = 2, SysVersion = 1, ApproveNotes = "n", ApproveReasonCid1 = 1, ReturnAddress = Address with { Zipcode = null }, ApplyDetailIds = [1] }) },
        { "pickupProvince", "area code", c => c.AfterSales.ApproveForDoorPickupAsync(new ApproveForDoorPickupRequest { ServiceId = 1, OrderId = 2, SysVersion = 1, ApproveNotes = "n", ApproveReasonCid1 = 1, ReturnAddress = Address, PickupAddress = Address with { Province = 0 }, ReturnAddressType = 1, ApplyDetailIds = [1] }) },
        { "receiveRemark", "required", c => c.AfterSales.RegisterReceiptAsync(new RegisterReceiptRequest { ServiceId = 1, OrderId = 2, ReceiveRemark = "" }) },
        { "serviceId", "positive", c => c.AfterSales.ListServiceLogsAsync(new ListServiceLogsRequest { ServiceId = 0 }) },
        { "parentCode", "positive", c => c.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest { ParentCode = -1 }) },
        { "applyId", "positive", c => c.AfterSales.GetPendingAuditAsync(new GetPendingAuditRequest { ApplyId = 0 }) },
        { "deliveryCenterId", "positive", c => c.AfterSales.ApproveForDoorExchangeAsync(AscServiceOrderTests.DoorExchange with { DeliveryCenterId = 0 }) },
        { "storeId", "positive", c => c.AfterSales.ApproveForDoorExchangeAsync(AscServiceOrderTests.DoorExchange with { StoreId = 0 }) },
        { "pickupCounty", "area code", c => c.AfterSales.ApproveForDoorExchangeAsync(AscServiceOrderTests.DoorExchange with { PickupAddress = AscServiceOrderTests.Address with { County = 0 } }) },
        { "returnZipcode", "required", c => c.AfterSales.ApproveForDoorExchangeAsync(AscServiceOrderTests.DoorExchange with { ReturnAddress = AscServiceOrderTests.Address with { Zipcode = null } }) },
        { "relationSkuId", "doorRenew", c => c.AfterSales.ApproveForDoorExchangeAsync(AscServiceOrderTests.DoorExchange with { Wares = [new ReplacementWare { SkuId = 1, WareName = "w", WareNumber = 1, RelationSkuId = 2, RelationWareType = 1 }] }) },
        { "freightAmount", "two decimals", c => c.AfterSales.ApproveForDoorExchangeAsync(AscServiceOrderTests.DoorExchange with { FreightAmount = 0.001m }) },
        { "customerContactMobile", "required", c => c.AfterSales.ApproveForCompensationAsync(AscServiceOrderTests.Compensation with { CustomerAddress = AscServiceOrderTests.Address with { ContactMobile = null } }) },
        { "customerContactName", "required", c => c.AfterSales.ApproveForCompensationAsync(AscServiceOrderTests.Compensation with { CustomerAddress = null! }) },
        { "customerProvince", "area code", c => c.AfterSales.ApproveForCompensationAsync(AscServiceOrderTests.Compensation with { CustomerAddress = AscServiceOrderTests.Address with { Province = -1 } }) },
        { "deliveryCenterName", "required", c => c.AfterSales.ApproveForCompensationAsync(AscServiceOrderTests.Compensation with { DeliveryCenterName = "" }) },
        { "skuId", "at least one", c => c.AfterSales.ApproveForCompensationAsync(AscServiceOrderTests.Compensation with { Wares = [] }) },
        { "skuId", "at least one", c => c.AfterSales.ApproveForCompensationAsync(AscServiceOrderTests.Compensation with { Wares = null! }) },
        { "warePrice", "zero or more", c => c.AfterSales.ApproveForCompensationAsync(AscServiceOrderTests.Compensation with { Wares = [new CompensationWare { SkuId = 1, WareName = "w", WarePrice = -1m, WareNumber = 1 }] }) },
        { "wareName", "comma", c => c.AfterSales.ApproveForCompensationAsync(AscServiceOrderTests.Compensation with { Wares = [new CompensationWare { SkuId = 1, WareName = "a,b", WarePrice = 1m, WareNumber = 1 }] }) },
        { "expressCode", "required", c => c.AfterSales.ApproveForReissueAsync(AscServiceOrderTests.Reissue with { ExpressCode = "" }) },
        { "shipWayId", "carrier", c => c.AfterSales.ApproveForReissueAsync(AscServiceOrderTests.Reissue with { ShipWayId = 0 }) },
        { "approveNotes", "required", c => c.AfterSales.ApproveForReissueAsync(AscServiceOrderTests.Reissue with { ApproveNotes = "" }) },
        { "customerMobile", "required", c => c.AfterSales.RemindCustomerToShipAsync(new RemindCustomerToShipRequest { ServiceId = 1, OrderId = 2, CustomerMobile = " ", AfterSalesAddress = "a" }) },
        { "afsAddress", "required", c => c.AfterSales.RemindCustomerToShipAsync(new RemindCustomerToShipRequest { ServiceId = 1, OrderId = 2, CustomerMobile = "m", AfterSalesAddress = "" }) },
        { "freightMoney", "zero or more", c => c.AfterSales.RegisterReturnFreightAsync(AscServiceOrderTests.Freight with { FreightMoney = -1m }) },
        { "freightMoney", "two decimals", c => c.AfterSales.RegisterReturnFreightAsync(AscServiceOrderTests.Freight with { FreightMoney = 1.001m }) },
        { "shipWayId", "carrier id", c => c.AfterSales.RegisterReturnFreightAsync(AscServiceOrderTests.Freight with { ShipWayId = 0 }) },
        { "orderId", "positive", c => c.AfterSales.ListSameOrderServicesAsync(new ListSameOrderServicesRequest { ServiceId = 1, OrderId = 0 }) },
        { "serviceId", "positive", c => c.AfterSales.ListServiceNotesAsync(new ListServiceNotesRequest { ServiceId = -1 }) },
        { "pageSize", "50", c => c.AfterSales.ListServiceNotesAsync(new ListServiceNotesRequest { ServiceId = 1, PageSize = 60 }) },
        { "operateRemark", "required", c => c.AfterSales.AddServiceNoteAsync(new AddServiceNoteRequest { ServiceId = 1, Note = "" }) },
        { "serviceId", "positive", c => c.AfterSales.AddServiceNoteAsync(new AddServiceNoteRequest { ServiceId = 0, Note = "n" }) },
        { "serviceId", "positive", c => c.AfterSales.GetCustomerPhoneAsync(new GetCustomerPhoneRequest { ServiceId = 0 }) },
        { "pageSize", "50", c => c.AfterSales.ListAwaitingProcessingAsync(new ListAwaitingProcessingRequest { PageSize = 51 }) },
        { "applyTimeEnd", "applyTimeBegin", c => c.AfterSales.ListAwaitingProcessingAsync(new ListAwaitingProcessingRequest { ApplyTimeBegin = AscKit.Beijing20240520 }) },
        { "approveTimeEnd", "approveTimeBegin", c => c.AfterSales.ListAwaitingProcessingAsync(new ListAwaitingProcessingRequest { ApproveTimeBegin = AscKit.Beijing20240520, ApproveTimeEnd = AscKit.Beijing20240520.AddSeconds(-1) }) },
        { "skuId", "positive", c => c.AfterSales.ListAwaitingProcessingAsync(new ListAwaitingProcessingRequest { SkuId = 0 }) },
        { "sysVersion", "read it again", c => c.AfterSales.ShipOriginalBackAsync(AscProcessTests.OriginalBack with { SysVersion = null }) },
        { "consigneeName", "required", c => c.AfterSales.ShipOriginalBackAsync(AscProcessTests.OriginalBack with { Consignee = null! }) },
        { "consigneeTel", "masked", c => c.AfterSales.ShipOriginalBackAsync(AscProcessTests.OriginalBack with { Consignee = AscProcessTests.Consignee with { Tel = "138****0000" } }) },
        { "consigneeTel", "required", c => c.AfterSales.ShipOriginalBackAsync(AscProcessTests.OriginalBack with { Consignee = AscProcessTests.Consignee with { Tel = "" } }) },
        { "countyCode", "area code", c => c.AfterSales.ShipOriginalBackAsync(AscProcessTests.OriginalBack with { Consignee = AscProcessTests.Consignee with { CountyCode = 0 } }) },
        { "villageCode", "town code", c => c.AfterSales.ShipOriginalBackAsync(AscProcessTests.OriginalBack with { Consignee = AscProcessTests.Consignee with { VillageCode = -1 } }) },
        { "shipWayId", "carrier", c => c.AfterSales.ShipOriginalBackAsync(AscProcessTests.OriginalBack with { ShipWayId = 0 }) },
        { "shipWayName", "required", c => c.AfterSales.ShipOriginalBackAsync(AscProcessTests.OriginalBack with { ShipWayName = " " }) },
        { "wareNum", "1 or more", c => c.AfterSales.ShipOriginalBackAsync(AscProcessTests.OriginalBack with { WareNumber = 0 }) },
        { "villageCode", "required", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { Consignee = AscProcessTests.Consignee with { VillageCode = null } }) },
        { "applyDescription", "required", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { ApplyDescription = "" }) },
        { "deliveryCenterId", "positive", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { DeliveryCenterId = 0 }) },
        { "deliveryCenterName", "required", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { DeliveryCenterName = "" }) },
        { "storeId", "positive", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { StoreId = -2 }) },
        { "freightAmount", "collectFreightFlag", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { FreightAmount = 10m }) },
        { "freightAmount", "two decimals", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { CollectFreight = true, FreightAmount = 10.005m }) },
        { "freightAmount", "zero or more", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { CollectFreight = true, FreightAmount = -1m }) },
        { "skuId", "at least one", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { Wares = [] }) },
        { "skuId", "null item", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { Wares = [null!] }) },
        { "skuId", "positive", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { Wares = [AscProcessTests.Ware with { SkuId = 0 }] }) },
        { "wareName", "comma", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { Wares = [AscProcessTests.Ware with { WareName = "水壶,白色" }] }) },
        { "wareName", "required", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { Wares = [AscProcessTests.Ware with { WareName = "" }] }) },
        { "wareNum", "1 or more", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { Wares = [AscProcessTests.Ware with { WareNumber = 0 }] }) },
        { "relationSkuId", "every item, or on none", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { Wares = [AscProcessTests.Ware with { RelationSkuId = 5, RelationWareType = 1 }, AscProcessTests.Ware] }) },
        { "relationSkuId", "every item, or on none", c => c.AfterSales.ShipReplacementAsync(AscProcessTests.Replacement with { Wares = [AscProcessTests.Ware with { RelationSkuId = 5 }] }) },
        { "opFlag", "Exchanged (1) or Unresolved (2)", c => c.AfterSales.RegisterOfflineExchangeAsync(AscProcessTests.OfflineExchange with { Outcome = (OfflineExchangeOutcome)3 }) },
        { "expressCode", "required", c => c.AfterSales.RegisterOfflineExchangeAsync(AscProcessTests.OfflineExchange with { ExpressCode = "" }) },
        { "wareType", "positive", c => c.AfterSales.RegisterOfflineExchangeAsync(AscProcessTests.OfflineExchange with { WareType = 0 }) },
        { "partSrc", "10 (the shipping team) or 20", c => c.AfterSales.RegisterOfflineExchangeAsync(AscProcessTests.OfflineExchange with { PartSource = 30 }) },
        { "partExpressId", "positive", c => c.AfterSales.RegisterOfflineExchangeAsync(AscProcessTests.OfflineExchange with { PartExpressId = 0 }) },
        { "serviceId", "positive", c => c.AfterSales.CancelOriginalBackAsync(new CancelOriginalBackRequest { ServiceId = 0, OrderId = 2 }) },
        { "orderId", "positive", c => c.AfterSales.CancelOfflineExchangeAsync(new CancelOfflineExchangeRequest { ServiceId = 1, OrderId = -2 }) },
        { "interveneReasonCid2", "positive", c => c.AfterSales.RequestJdInterventionAsync(new RequestJdInterventionRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, InterveneReasonCid1 = 1, InterveneReasonCid2 = 0, ContactTel = "1" }) },
        { "contactTel", "required", c => c.AfterSales.RequestJdInterventionAsync(new RequestJdInterventionRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, InterveneReasonCid1 = 1, InterveneReasonCid2 = 2, ContactTel = "" }) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refused_before_sending_naming_the_parameter(string field, string ruleMentions, Func<JdClient, Task> call)
    {
        var handler = StubHandler.Json("{}");
        var client = TestClients.Create(handler, AscKit.Options());

        var error = await Assert.ThrowsAsync<JdValidationException>(() => call(client));

        Assert.Equal(field, error.Field);
        Assert.Contains(ruleMentions, error.Rule, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Theory]
    [InlineData(null, "kefu01", "客服小李", "buId")]
    [InlineData("10001234", null, "客服小李", "operatePin")]
    [InlineData("10001234", "kefu01", "  ", "operateNick")]
    public async Task A_missing_operator_member_is_refused_naming_it(string? venderId, string? pin, string? nick, string field)
    {
        var handler = StubHandler.Json("{}");
        var client = TestClients.Create(handler, AscKit.Options(venderId, pin, nick));

        var error = await Assert.ThrowsAsync<JdValidationException>(() => client.AfterSales.ListServicesAsync(new ListServicesRequest()));

        Assert.Equal(field, error.Field);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_per_call_operator_fills_what_the_options_lack()
    {
        var (client, handler) = AscKit.With("asc.query.list.success.json", AscKit.Options(null, null, null));
        await client.AfterSales.ListServicesAsync(new ListServicesRequest
        {
            Operator = new AscOperator { BuId = "1", OperatePin = "p", OperateNick = "n" },
        });
        var sent = AscKit.Sent(handler);
        Assert.Equal("1", (string?)sent["buId"]);
        Assert.Equal("p", (string?)sent["operatePin"]);
        Assert.Equal("n", (string?)sent["operateNick"]);
    }

    [Fact]
    public async Task A_request_sent_directly_carries_the_same_shop_and_operator_as_the_sub_client_method()
    {
        var (direct, directHandler) = AscKit.With("asc.query.view.success.json");
        var (viaSubClient, subClientHandler) = AscKit.With("asc.query.view.success.json");
        var request = new GetServiceRequest { ServiceId = 1, OrderId = 2 };

        var sent = await direct.SendAsync(request);
        var received = await viaSubClient.AfterSales.GetServiceAsync(request);

        Assert.Equal(received.ServiceId, sent.ServiceId);
        Assert.Equal(AscKit.Sent(subClientHandler).ToJsonString(), AscKit.Sent(directHandler).ToJsonString());
        Assert.Equal("10001234", (string?)AscKit.Sent(directHandler)["buId"]);
    }

    [Fact]
    public async Task A_request_sent_directly_without_a_shop_anywhere_is_refused_naming_bu_id()
    {
        var handler = StubHandler.Json("{}");
        var client = TestClients.Create(handler, AscKit.Options(venderId: null));

        var error = await Assert.ThrowsAsync<JdValidationException>(() => client.SendAsync(new GetServiceRequest { ServiceId = 1, OrderId = 2 }));

        Assert.Equal("buId", error.Field);
        Assert.Empty(handler.Requests);
    }
}
