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
