using JdAfterSales.Logistics;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Logistics;

public sealed class LogisticsClientTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task The_fixture_trace_reads_in_order_and_is_signed_for_at_the_last_node()
    {
        var handler = StubHandler.Bytes(Vectors.Response("ldop.receive.trace.get.success.json"));
        var client = TestClients.Create(handler);

        var trace = await client.Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = "JDV000123456789", CustomerCode = "010K123456" });

        Assert.Equal(["揽收", "签收"], trace.Events.Select(e => e.Title));
        Assert.Equal(new DateTimeOffset(2024, 5, 20, 9, 12, 45, Beijing), trace.Events[0].Time);
        Assert.Equal("张师傅", trace.Events[0].Operator);
        Assert.Equal("135****1111", trace.Events[0].CourierPhone);
        Assert.True(trace.IsSignedFor);
        Assert.Equal(new DateTimeOffset(2024, 5, 21, 15, 30, 0, Beijing), trace.SignedForAt);
        Assert.Equal("签收", trace.LatestEvent!.Title);

        var sent = Assert.Single(handler.Requests).Form;
        Assert.Equal("jingdong.ldop.receive.trace.get", sent["method"]);
        Assert.Equal("""{"customerCode":"010K123456","waybillCode":"JDV000123456789"}""", sent["360buy_param_json"]);
    }

    [Fact]
    public async Task A_logistics_code_other_than_100_is_a_business_failure_with_the_message()
    {
        var client = TestClients.Create(StubHandler.Json("""{"jingdong_ldop_receive_trace_get_responce":{"code":"0","querytrace_result":{"code":-1,"messsage":"运单不存在","data":[]}}}"""));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => client.Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = "JDV1", CustomerCode = "c" }));
        Assert.Equal("-1", error.Code);
        Assert.Equal("运单不存在", error.JdMessage);
    }

    [Theory]
    [InlineData("", "c", "waybillCode")]
    [InlineData("JDV1", " ", "customerCode")]
    public async Task Empty_codes_are_refused_before_sending(string waybill, string customer, string field)
    {
        var handler = StubHandler.Json("{}");
        var error = await Assert.ThrowsAsync<JdValidationException>(() => TestClients.Create(handler).Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = waybill, CustomerCode = customer }));
        Assert.Equal(field, error.Field);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Third_party_traces_read_one_trace_per_waybill_in_the_same_model()
    {
        var handler = StubHandler.Bytes(Vectors.Response("getThirdTrace.success.json"));
        var traces = await TestClients.Create(handler).Logistics.GetThirdPartyTraceAsync(new GetThirdPartyTraceRequest { OrderId = 300000000001 });

        var trace = Assert.Single(traces);
        Assert.Equal("SF1400000000001", trace.WaybillCode);
        Assert.Equal("顺丰速运", trace.Carrier);
        Assert.Equal(["揽收", "签收"], trace.Events.Select(e => e.Title));
        Assert.Equal("顺丰速运 已收取快件", trace.Events[0].Remark);
        Assert.Equal("张师傅", trace.Events[0].Operator);
        Assert.Equal("139****1111", trace.Events[0].CourierPhone);
        Assert.True(trace.IsSignedFor);
        Assert.Equal(new DateTimeOffset(2024, 5, 23, 14, 20, 0, Beijing), trace.SignedForAt);

        // JD's SDK classes declare orderId a string for this method.
        var sent = Assert.Single(handler.Requests).Form;
        Assert.Equal("""{"orderId":"300000000001"}""", sent["360buy_param_json"]);
    }

    [Fact]
    public async Task An_order_with_no_waybill_has_no_traces()
    {
        var client = TestClients.Create(StubHandler.Json("""{"jingdong_getThirdTrace_responce":{"code":"0","result":{"success":true,"errorCode":"0","message":"成功"}}}"""));
        Assert.Empty(await client.Logistics.GetThirdPartyTraceAsync(new GetThirdPartyTraceRequest { OrderId = 1 }));
    }

    [Fact]
    public async Task An_unknown_order_is_a_business_failure()
    {
        var client = TestClients.Create(StubHandler.Json("""{"jingdong_getThirdTrace_responce":{"code":"0","result":{"success":false,"errorCode":"ORDER_NOT_EXIST","message":"订单不存在"}}}"""));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => client.Logistics.GetThirdPartyTraceAsync(new GetThirdPartyTraceRequest { OrderId = 1 }));
        Assert.Equal("ORDER_NOT_EXIST", error.Code);
    }

    [Theory]
    [InlineData("签收", "您的快件已签收，签收人：商家仓库", true)]
    [InlineData("派送", "已签收，感谢使用", true)]
    [InlineData("妥投", "快件已妥投", true)]
    [InlineData("拒收", "客户拒收，快件退回", false)]
    [InlineData("签收失败", "收件人不在，签收失败", false)]
    [InlineData("运输中", "快件已到达【北京分拣中心】", false)]
    public void Signed_for_detection_follows_the_documented_rule(string title, string remark, bool isSignedFor) =>
        Assert.Equal(isSignedFor, WaybillTrace.IsSignedForEvent(new WaybillTraceEvent { Time = DateTimeOffset.UnixEpoch, Title = title, Remark = remark }));
}
