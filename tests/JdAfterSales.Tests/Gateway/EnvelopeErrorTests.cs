using System.Net;
using System.Text;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.AfterSales;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Gateway;

/// <summary>Bodies that are not what JD promises end in a typed error, never in a raw parser exception.</summary>
public sealed class EnvelopeErrorTests
{
    public static TheoryData<string, string> BadBodies => new()
    {
        { "not json", "hello, this is not JSON" },
        { "html page", "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>" },
        { "empty", string.Empty },
        { "whitespace", "  \r\n " },
        { "truncated", """{"jingdong_asc_query_list_responce":{"code":"0","pageResult":{"success":true,"da""" },
        { "two top-level keys", """{"jingdong_x_responce":{"code":"0"},"error_response":{"code":"66"}}""" },
        { "error without code", """{"error_response":{"zh_desc":"无效签名","en_desc":"Invalid signature"}}""" },
        { "error with empty code", """{"error_response":{"code":"","zh_desc":"x"}}""" },
        { "unknown top-level key", """{"something_else":{"code":"0"}}""" },
        { "empty object", "{}" },
        { "array", "[1,2,3]" },
        { "trailing content", """{"jingdong_x_responce":{"code":"0"}} {"again":1}""" },
        { "null payload", """{"jingdong_x_responce":null}""" },
        { "too deep", new string('[', 200) + new string(']', 200) },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_bodies_are_contract_errors(string label, string body)
    {
        var client = TestClients.Create(StubHandler.Json(body));

        var error = await Assert.ThrowsAsync<JdContractException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));

        Assert.Equal("jingdong.x", error.Method);
        Assert.Equal(200, error.HttpStatusCode);
        Assert.False(string.IsNullOrWhiteSpace(error.Message), label);
    }

    [Fact]
    public async Task Html_page_is_named_as_such()
    {
        var client = TestClients.Create(StubHandler.Json("<html><body>maintenance</body></html>"));
        var error = await Assert.ThrowsAsync<JdContractException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));
        Assert.Contains("HTML", error.Message, StringComparison.Ordinal);
        Assert.Contains("maintenance", error.BodyExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_mobile_in_a_broken_answer_is_masked_in_the_excerpt_and_longer_ids_are_kept()
    {
        // A truncated jingdong.asc.view.serviceTel answer: the whole number must not reach the error text.
        var body = """{"jingdong_asc_view_serviceTel_responce":{"code":"0","result":{"success":true,"data":"18812342724","desen_data":"188****2724","serviceId":1234567890124,"sku":90071992547409""";
        var client = TestClients.Create(StubHandler.Json(body), AscKit.Options());

        var error = await Assert.ThrowsAsync<JdContractException>(() => client.AfterSales.GetCustomerPhoneAsync(new JdAfterSales.AfterSales.GetCustomerPhoneRequest { ServiceId = 1 }));

        Assert.DoesNotContain("18812342724", error.BodyExcerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("18812342724", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"data\":\"188****2724\"", error.BodyExcerpt, StringComparison.Ordinal);
        Assert.Contains("1234567890124", error.BodyExcerpt, StringComparison.Ordinal);
        Assert.Contains("90071992547409", error.BodyExcerpt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_response_suffix_spelled_correctly_is_accepted_too()
    {
        var client = TestClients.Create(StubHandler.Json("""{"jd_union_open_goods_query_response":{"code":"0","value":7}}"""));
        var payload = await client.InvokeRawAsync("jd.union.open.goods.query", null, JdOperationKind.Read);
        Assert.Equal(7, payload.GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task Gateway_error_under_an_http_error_status_is_still_a_gateway_error()
    {
        var client = TestClients.Create(StubHandler.Json("""{"error_response":{"code":"66","zh_desc":"服务不可用"}}""", HttpStatusCode.ServiceUnavailable));
        var error = await Assert.ThrowsAsync<JdGatewayException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));
        Assert.Equal("66", error.Code);
        Assert.Equal(503, error.HttpStatusCode);
        Assert.Equal("backend unavailable", JdGatewayErrorCodes.Describe(error.Code));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, JdDeliveryState.Unknown)]
    [InlineData(HttpStatusCode.BadGateway, JdDeliveryState.Unknown)]
    [InlineData(HttpStatusCode.TooManyRequests, JdDeliveryState.Delivered)]
    [InlineData(HttpStatusCode.RequestTimeout, JdDeliveryState.Unknown)]
    public async Task Http_error_without_an_envelope_is_a_transport_error_with_status(HttpStatusCode status, JdDeliveryState delivery)
    {
        var handler = new StubHandler((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent("<html>busy</html>", Encoding.UTF8, "text/html") };
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return Task.FromResult(response);
        });
        var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<JdTransportException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));

        Assert.Equal((int)status, error.HttpStatusCode);
        Assert.Equal(delivery, error.Delivery);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task A_body_over_the_cap_is_refused_without_reading_it_all()
    {
        var big = Encoding.UTF8.GetBytes("{\"jingdong_x_responce\":{\"code\":\"0\",\"pad\":\"" + new string('x', 4096) + "\"}}");
        var options = TestClients.Options();
        options.MaxResponseBytes = 1024;
        var client = TestClients.Create(StubHandler.Bytes(big), options);

        var error = await Assert.ThrowsAsync<JdContractException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));

        Assert.Contains("1024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_cap_without_content_length_is_refused()
    {
        var handler = new StubHandler((_, _) =>
        {
            var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"jingdong_x_responce\":{\"pad\":\"" + new string('x', 70_000) + "\"}}"));
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(stream) };
            response.Content.Headers.ContentLength = null;
            return Task.FromResult(response);
        });
        var options = TestClients.Options();
        options.MaxResponseBytes = 50_000;
        var client = TestClients.Create(handler, options);

        await Assert.ThrowsAsync<JdContractException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));
    }
}
