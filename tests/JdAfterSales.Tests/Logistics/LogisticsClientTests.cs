using JdAfterSales.Logistics;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Logistics;

public sealed class LogisticsClientTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task Waybill_fixture_reads_times_in_beijing_and_detects_the_signature()
    {
        var stub = StubHandler.Bytes(Vectors.Response("ldop.receive.trace.get.success.json"));
        var trace = await TestClients.Create(stub).Logistics.GetWaybillTraceAsync("010K123456", "JDV000123456789");

        Assert.Equal("JDV000123456789", trace.WaybillCode);
        Assert.Equal(2, trace.Events.Count);
        var first = trace.Events[0];
        Assert.Equal("揽收", first.Title);
        Assert.Equal(new DateTimeOffset(2024, 5, 20, 9, 12, 45, Beijing), first.Time);
        Assert.Equal(Beijing, first.Time!.Value.Offset);
        Assert.Equal("张师傅", first.Courier);
        Assert.Equal("135****1111", first.CourierPhone);
        Assert.False(first.IsSignedFor);
        Assert.True(trace.Events[1].IsSignedFor);
        Assert.True(trace.IsSignedFor);
        Assert.Equal(new DateTimeOffset(2024, 5, 21, 15, 30, 0, Beijing), trace.SignedForAt);

        var json = Routerjson.ParamsOf(stub.Requests[0]);
        Assert.Equal("jingdong.ldop.receive.trace.get", Routerjson.MethodOf(stub.Requests[0]));
        Assert.Equal("010K123456", json.GetProperty("customerCode").GetString());
        Assert.Equal("JDV000123456789", json.GetProperty("waybillCode").GetString());
    }

    [Fact]
    public async Task A_code_other_than_100_is_a_business_failure_with_the_misspelt_message()
    {
        var stub = StubHandler.Json(Routerjson.Envelope("jingdong.ldop.receive.trace.get",
            """ "querytrace_result":{"code":101,"messsage":"运单号不存在","data":[]}"""));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => TestClients.Create(stub).Logistics.GetWaybillTraceAsync("c", "w"));
        Assert.Equal("101", error.Code);
        Assert.Equal("运单号不存在", error.JdMessage);
    }

    [Fact]
    public async Task Events_are_ordered_by_time_whatever_order_jd_sends()
    {
        var stub = StubHandler.Json(Routerjson.Envelope("jingdong.ldop.receive.trace.get",
            """ "querytrace_result":{"code":"100","messsage":"成功","data":[{"opeTitle":"派送","opeTime":"2024/05/21 08:00:00"},{"opeTitle":"揽收","opeTime":"2024/05/20 09:00:00"},{"opeTitle":"运输","opeTime":"2024/05/20 18:00:00"}]}"""));
        var trace = await TestClients.Create(stub).Logistics.GetWaybillTraceAsync("c", "w");
        Assert.Equal(["揽收", "运输", "派送"], trace.Events.Select(e => e.Title));
        Assert.False(trace.IsSignedFor);
        Assert.Null(trace.SignedForAt);
    }

    [Theory]
    [InlineData("签收", "", true)]
    [InlineData("派送", "您的快件已签收，感谢使用", true)]
    [InlineData("妥投", "签收人：前台", true)]
    [InlineData("派送", "快件正在派送中", false)]
    [InlineData("异常", "客户拒收，签收人：无", false)]
    [InlineData("派送", "未签收，改约明日", false)]
    public void Signed_for_rule(string title, string remark, bool signedFor) =>
        Assert.Equal(signedFor, new TraceEvent { Title = title, Remark = remark }.IsSignedFor);

    [Fact]
    public async Task Third_party_trace_reads_into_the_same_model()
    {
        var stub = StubHandler.Json(Routerjson.Envelope("jingdong.getThirdTrace",
            """
             "result":{"success":true,"code":"0","msg":"成功","data":{"orderId":"300000000001","waybillCode":"SF1234567890","carrierName":"顺丰速运","traces":[
               {"opeTitle":"已签收","opeRemark":"已签收，签收人：本人","opeTime":"2024-05-22 11:00:00","opeName":"王师傅"},
               {"opeTitle":"已揽件","opeRemark":"顺丰已收取快件","opeTime":"2024-05-20 10:00:00","opeName":"赵师傅"}]}}
            """));
        var trace = await TestClients.Create(stub).Logistics.GetThirdPartyTraceAsync(300000000001L);

        Assert.Equal(300000000001L, trace.OrderId);
        Assert.Equal("SF1234567890", trace.WaybillCode);
        Assert.Equal("顺丰速运", trace.CarrierName);
        Assert.Equal(["已揽件", "已签收"], trace.Events.Select(e => e.Title));
        Assert.True(trace.IsSignedFor);
        Assert.Equal(new DateTimeOffset(2024, 5, 22, 11, 0, 0, Beijing), trace.SignedForAt);
        Assert.Equal("jingdong.getThirdTrace", Routerjson.MethodOf(stub.Requests[0]));
        Assert.Equal("300000000001", Routerjson.ParamsOf(stub.Requests[0]).GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task Third_party_failure_is_a_business_exception()
    {
        var stub = StubHandler.Json(Routerjson.Envelope("jingdong.getThirdTrace", """ "result":{"success":false,"code":"404","msg":"无物流信息"}"""));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => TestClients.Create(stub).Logistics.GetThirdPartyTraceAsync(1));
        Assert.Equal("404", error.Code);
        Assert.Equal("无物流信息", error.JdMessage);
    }

    [Fact]
    public async Task Blank_codes_and_bad_ids_are_refused_before_sending()
    {
        var stub = StubHandler.Json("{}");
        var client = TestClients.Create(stub);
        Assert.Equal("customerCode", (await Assert.ThrowsAsync<JdValidationException>(() => client.Logistics.GetWaybillTraceAsync(" ", "w"))).Field);
        Assert.Equal("waybillCode", (await Assert.ThrowsAsync<JdValidationException>(() => client.Logistics.GetWaybillTraceAsync("c", ""))).Field);
        Assert.Equal("orderId", (await Assert.ThrowsAsync<JdValidationException>(() => client.Logistics.GetThirdPartyTraceAsync(-1))).Field);
        Assert.Empty(stub.Requests);
    }
}
