using System.Text.Json;

namespace JdAfterSales.Testing.Tests;

public sealed class ProtocolErrorTests : IDisposable
{
    private const string Method = "jingdong.asc.audit.reason.list";
    private readonly JosTestClient _client;

    public ProtocolErrorTests()
    {
        var (gateway, _) = GatewayFixtures.Start(orderCount: 60);
        _client = new JosTestClient(gateway);
    }

    public static TheoryData<string, string?, string?, string> SystemParameterCases() => new()
    {
        // parameter, value (null = removed), sign_method, expected code
        { "app_key", null, null, "20" },
        { "app_key", "WRONGKEY", null, "21" },
        { "method", null, null, "14" },
        { "method", "jingdong.no.such.method", null, "15" },
        { "timestamp", null, null, "7" },
        { "timestamp", "2024/05/20 13:45:00", null, "8" },
        { "timestamp", "2024-05-20 13:38:59", null, "8" },
        { "timestamp", "2024-05-20 13:51:01.000+0800", null, "8" },
        { "v", null, null, "4" },
        { "v", "3.0", null, "5" },
        { "access_token", null, null, "18" },
        { "access_token", "not-a-token", null, "19" },
        { "360buy_param_json", "{\"buId\":", null, "63" },
        { "360buy_param_json", "[1,2]", null, "63" },
        { "sign_method", "sha1", "sha1", "12" },
    };

    [Theory]
    [MemberData(nameof(SystemParameterCases))]
    public async Task Each_protocol_error_yields_its_code(string name, string? value, string? signMethod, string expected)
    {
        var parameters = _client.Parameters(Method, """{"buId":"10001234","operatePin":"p","operateNick":"n"}""");
        if (value is null)
        {
            parameters.Remove(name);
        }
        else
        {
            parameters[name] = value;
        }

        if (signMethod is not null)
        {
            parameters["sign_method"] = signMethod;
        }

        parameters["sign"] = JosTestClient.Sign(parameters, _client.Gateway.AppSecret);

        var body = await SendAsync(parameters);

        Assert.Equal(expected, JosTestClient.ErrorCode(body));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error_response").GetProperty("zh_desc").GetString()));
    }

    [Theory]
    [InlineData("2024-05-20 13:45:00")]
    [InlineData("2024-05-20 13:50:59.999+0800")]
    [InlineData("2024-05-20 13:40:00.000+08:00")]
    [InlineData("2024-05-20 05:45:00.000+0000")]
    public async Task Accepts_every_timestamp_form_within_the_skew(string timestamp)
    {
        var parameters = _client.Parameters(Method, """{"buId":"10001234","operatePin":"p","operateNick":"n"}""");
        parameters["timestamp"] = timestamp;
        parameters["sign"] = JosTestClient.Sign(parameters, _client.Gateway.AppSecret);

        Assert.Null(JosTestClient.ErrorCode(await SendAsync(parameters)));
    }

    [Theory]
    [InlineData("hmacmd5")]
    [InlineData("HMACSHA256")]
    [InlineData("md5")]
    public async Task Accepts_every_sign_method(string signMethod)
    {
        var parameters = _client.Parameters(Method, """{"buId":"10001234","operatePin":"p","operateNick":"n"}""");
        parameters["sign_method"] = signMethod;
        parameters["sign"] = JosTestClient.Sign(parameters, _client.Gateway.AppSecret);

        Assert.Null(JosTestClient.ErrorCode(await SendAsync(parameters)));
    }

    [Fact]
    public async Task Missing_and_bad_signatures_are_11_and_12()
    {
        var parameters = _client.Parameters(Method, "{}");
        Assert.Equal("11", JosTestClient.ErrorCode(await SendAsync(parameters)));

        parameters["sign"] = JosTestClient.Sign(parameters, _client.Gateway.AppSecret).ToLowerInvariant();
        Assert.Equal("12", JosTestClient.ErrorCode(await SendAsync(parameters)));
    }

    [Theory]
    [InlineData("jingdong.asc.query.view", """{"orderId":300000000001}""", "60", "serviceId")]
    [InlineData("jingdong.asc.query.list", """{"pageSize":51}""", "61", "pageSize")]
    [InlineData("jingdong.asc.query.list", """{"pageNumber":0}""", "61", "pageNumber")]
    [InlineData("jingdong.asc.query.list", """{"serviceId":-5}""", "61", "serviceId")]
    [InlineData("jingdong.asc.query.list", """{"serviceId":"abc"}""", "61", "serviceId")]
    [InlineData("jingdong.asc.query.list", """{"applyTimeBegin":"2024-05-01"}""", "61", "applyTimeBegin")]
    [InlineData("jingdong.asc.query.list", """{"applyTimeBegin":"2024-05-01 00:00:00"}""", "60", "applyTimeEnd")]
    [InlineData("jingdong.asc.audit.refuse", """{"serviceId":1,"orderId":2,"sysVersion":1,"approveReasonCid1":1001}""", "60", "approveNotes")]
    public async Task Business_parameter_errors_name_the_parameter(string method, string json, string code, string parameter)
    {
        var merged = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!
            .ToDictionary(p => p.Key, p => (object?)p.Value);
        var body = await _client.AscAsync(method, merged);

        Assert.Equal(code, JosTestClient.ErrorCode(body));
        Assert.Contains(parameter, body.GetProperty("error_response").GetProperty("en_desc").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jingdong.pop.afs.soa.refundapply.queryPageList", """{"pageIndex":1}""", "60", "pageSize")]
    [InlineData("jingdong.pop.afs.soa.refundapply.queryPageList", """{"pageIndex":101,"pageSize":10}""", "61", "pageIndex")]
    [InlineData("jingdong.pop.afs.soa.refundapply.queryPageList", """{"pageIndex":1,"pageSize":51}""", "61", "pageSize")]
    [InlineData("jingdong.pop.afs.soa.refundapply.replyRefund", """{"id":7788000001,"status":2,"checkUserName":"a","remark":"b"}""", "60", "rejectType")]
    [InlineData("jingdong.pop.order.search", """{"order_state":"FINISHED_L","optional_fields":"orderId","page":1,"page_size":101,"start_date":"2024-05-01 00:00:00"}""", "61", "page_size")]
    [InlineData("jingdong.pop.order.search", """{"order_state":"DONE","optional_fields":"orderId","page":1,"page_size":10}""", "61", "order_state")]
    [InlineData("jingdong.pop.PopCommentJsfService.getVenderCommentsForJos", """{"pageSize":51}""", "61", "pageSize")]
    public async Task Other_families_check_their_parameters_too(string method, string json, string code, string parameter)
    {
        var body = await _client.CallAsync(method, json);

        Assert.Equal(code, JosTestClient.ErrorCode(body));
        Assert.Contains(parameter, body.GetProperty("error_response").GetProperty("en_desc").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asc_calls_need_the_operator_and_the_shops_buId()
    {
        var missing = await _client.CallAsync("jingdong.asc.query.list", """{"buId":"10001234","operatePin":"p"}""");
        Assert.Equal("60", JosTestClient.ErrorCode(missing));

        var otherShop = await _client.AscAsync("jingdong.asc.query.list", new() { ["buId"] = "99999999" });
        var page = JosTestClient.Payload(otherShop, "jingdong.asc.query.list").GetProperty("pageResult");
        Assert.False(page.GetProperty("success").GetBoolean());
    }

    public void Dispose()
    {
        _client.Gateway.Dispose();
        _client.Dispose();
    }

    private async Task<JsonElement> SendAsync(Dictionary<string, string> parameters)
    {
        using var response = await _client.PostAsync(parameters);
        Assert.Equal(200, (int)response.StatusCode);
        return await JosTestClient.ReadJsonAsync(response);
    }
}
