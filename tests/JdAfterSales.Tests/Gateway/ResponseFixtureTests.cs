using System.Text.Json;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Gateway;

/// <summary>
/// Every fixture of tests/vectors/responses through the envelope reader. Success payloads are checked here
/// as JSON; the typed area models read the same fixtures in their own tests.
/// </summary>
public sealed class ResponseFixtureTests
{
    /// <summary>What each routerjson fixture must read to. The OAuth fixtures are not routerjson envelopes.</summary>
    private static readonly Dictionary<string, Action<Func<JsonElement>>> Expectations = new(StringComparer.Ordinal)
    {
        ["asc.audit.reason.list.success.json"] = read => Assert.Equal(2, read().GetProperty("result").GetProperty("data").GetArrayLength()),
        ["asc.query.list.success.json"] = read => Assert.Equal(57, read().GetProperty("pageResult").GetProperty("totalCount").GetInt32()),
        ["asc.query.view.success.json"] = read => Assert.Equal(1234567890123, read().GetProperty("result").GetProperty("data").GetProperty("serviceId").GetInt64()),
        ["comments.getVenderCommentsForJos.success.json"] = read => Assert.Equal(1, read().GetProperty("comments").GetArrayLength()),
        ["ldop.receive.trace.get.success.json"] = read => Assert.Equal(2, read().GetProperty("querytrace_result").GetProperty("data").GetArrayLength()),
        ["pop.order.search.success.json"] = read => Assert.Equal(1, read().GetProperty("searchorderinfo_result").GetProperty("orderTotal").GetInt32()),
        ["refundapply.queryPageList.success.json"] = read => Assert.Equal(1, read().GetProperty("queryResult").GetProperty("totalCount").GetInt32()),
        ["asc.query.list.empty-page.json"] = read => Assert.False(read().GetProperty("pageResult").TryGetProperty("data", out _)),
        ["asc.query.view.closed-null-version.json"] = read => Assert.Equal(JsonValueKind.Null, read().GetProperty("result").GetProperty("data").GetProperty("sysVersion").ValueKind),
        ["asc.receive.view.success.json"] = read => Assert.Equal(1, read().GetProperty("result").GetProperty("data").GetProperty("receiveWareList")[0].GetProperty("wareNum").GetInt32()),
        ["club.pop.commentreply.save.success.json"] = read => Assert.False(read().TryGetProperty("replyId", out _)),
        ["comments.getVenderCommentsForJos.omitted-lists.json"] = read => Assert.Equal(2, read().GetProperty("comments").GetArrayLength()),
        ["getThirdTrace.success.json"] = read => Assert.Equal(2, read().GetProperty("result").GetProperty("result")[0].GetProperty("listTrace").GetArrayLength()),
        ["pop.order.modifyVenderRemark.success.json"] = read => Assert.Equal("0", read().GetProperty("modifyvenderremark_result").GetProperty("error_code").GetString()),
        ["pop.order.modifyVenderRemark.failure.json"] = read => AssertBusiness(read, "10100003", "订单不存在或不属于该商家"),
        ["asc.audit.refuse.stale-sysversion.json"] = read => AssertBusiness(read, "ASC_SYS_VERSION_ERROR", "服务单版本号不一致，请刷新后重试"),
        ["pop.order.search.business-failure.json"] = read => AssertBusiness(read, "10100004", "查询时间跨度不能超过一个月"),
        ["refundapply.replyRefund.already-audited.json"] = read => AssertBusiness(read, "E_STATUS", "申请单不能审核为该结果，请检查申请单是否已审核；"),
        ["error.backend-unavailable.json"] = read => AssertGateway<JdGatewayException>(read, "66", "服务不可用", retryable: true),
        ["error.call-limited.json"] = read => AssertGateway<JdRateLimitException>(read, "2", "应用调用次数超限", retryable: true),
        ["error.invalid-access-token.json"] = read => AssertGateway<JdAuthenticationException>(read, "19", "无效access_token", retryable: false),
        ["error.invalid-signature.json"] = read => AssertGateway<JdGatewayException>(read, "12", "无效签名", retryable: false),
        ["oauth.access_token.success.json"] = read => Assert.IsType<JdContractException>(Record.Exception(() => read())),
        ["oauth.refresh.invalid.json"] = read => Assert.IsType<JdContractException>(Record.Exception(() => read())),
    };

    public static TheoryData<string> FixtureNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Vectors.ResponseFileNames())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Fixture_reads_to_its_expected_result(string fileName)
    {
        Assert.True(Expectations.TryGetValue(fileName, out var expectation), $"no expectation for fixture {fileName}: add one");
        var body = Vectors.Response(fileName);
        expectation(() => ReadThroughClientRules(body));
    }

    [Fact]
    public void Typed_reader_unwraps_the_success_key_and_keeps_large_ids()
    {
        var payload = JdEnvelopeReader.ReadPayload(Vectors.Response("asc.query.view.success.json"), "jingdong.asc.query.view", TestJsonContext.Default.ViewPayload);
        Assert.Equal(1234567890123, payload.Result!.Data!.ServiceId);
    }

    /// <summary>Envelope, then the business-outcome rule the client applies after it.</summary>
    private static JsonElement ReadThroughClientRules(byte[] body)
    {
        var payload = JdEnvelopeReader.ReadPayload(body, "jingdong.test.method", JdAfterSales.Serialization.JdJsonContext.Default.JdRawPayload);
        if (payload.GetBusinessError() is { } error)
        {
            throw new JdBusinessException("business failure", error);
        }

        return payload.Element;
    }

    private static void AssertBusiness(Func<JsonElement> read, string code, string message)
    {
        var error = Assert.IsType<JdBusinessException>(Record.Exception(() => read()));
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.JdMessage);
    }

    private static void AssertGateway<TException>(Func<JsonElement> read, string code, string chinese, bool retryable)
        where TException : JdGatewayException
    {
        var error = Assert.IsType<TException>(Record.Exception(() => read()));
        Assert.Equal(code, error.Code);
        Assert.Equal(chinese, error.ChineseDescription);
        Assert.NotNull(error.EnglishDescription);
        Assert.Equal(retryable, error.IsRetryable);
        Assert.Equal("jingdong.test.method", error.Method);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }
}
