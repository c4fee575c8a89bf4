using System.Diagnostics;
using System.Text.Json;
using JdAfterSales.Testing;

namespace JdAfterSales.Testing.Tests;

public sealed class FaultInjectionTests : IDisposable
{
    private const string Method = "jingdong.pop.afs.soa.refundapply.getWaitRefundNum";
    private readonly JosTestClient _client;

    public FaultInjectionTests()
    {
        var (gateway, _) = GatewayFixtures.Start(orderCount: 60);
        _client = new JosTestClient(gateway);
    }

    private FakeJdGateway Gateway => _client.Gateway;

    [Fact]
    public async Task Gateway_error_hits_the_next_n_calls_of_its_method_only()
    {
        Gateway.Faults.Enqueue(FakeFault.GatewayError("66"), count: 2, method: Method);

        Assert.Null(JosTestClient.ErrorCode(await _client.CallAsync("jingdong.asc.audit.reason.list", new { buId = Gateway.VenderId, operatePin = "p", operateNick = "n" })));
        Assert.Equal("66", JosTestClient.ErrorCode(await _client.CallAsync(Method, "{}")));
        Assert.Equal("66", JosTestClient.ErrorCode(await _client.CallAsync(Method, "{}")));
        Assert.Null(JosTestClient.ErrorCode(await _client.CallAsync(Method, "{}")));
        Assert.Equal(0, Gateway.Faults.Pending);
        Assert.Equal(2, Gateway.Journal.ForMethod(Method).Count(r => r.FaultApplied && r.ErrorCode == "66"));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Http_status_with_retry_after(int status)
    {
        Gateway.Faults.Enqueue(FakeFault.HttpStatus(status, TimeSpan.FromSeconds(3)));

        using var response = await SendAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter!.Delta);
        Assert.Equal(status, Gateway.Journal.Last!.HttpStatus);
    }

    [Fact]
    public async Task Delay_waits_in_real_time_then_answers()
    {
        Gateway.Faults.Enqueue(FakeFault.Delayed(TimeSpan.FromMilliseconds(300)));
        var watch = Stopwatch.StartNew();

        using var response = await SendAsync();

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(280), watch.Elapsed.ToString());
        Assert.Null(JosTestClient.ErrorCode(await JosTestClient.ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Dropped_connection_is_a_transport_failure()
    {
        Gateway.Faults.Enqueue(FakeFault.DropConnection());

        await Assert.ThrowsAsync<HttpRequestException>(SendAsync);
        Assert.Equal(0, Gateway.Journal.Last!.HttpStatus);
        Assert.True(Gateway.Journal.Last.FaultApplied);
    }

    [Fact]
    public async Task Dropped_connection_after_processing_still_applies_the_write()
    {
        var refund = Gateway.Data.RefundApplications.First(r => r.Status == 0);
        Gateway.Faults.Enqueue(FakeFault.DropConnection(afterProcessing: true));

        await Assert.ThrowsAsync<HttpRequestException>(() =>
            _client.CallAsync("jingdong.pop.afs.soa.refundapply.replyRefund", new { id = refund.Id, status = 1, checkUserName = "a", remark = "b" }));

        Assert.Equal(1, refund.Status);
    }

    [Fact]
    public async Task Malformed_json_is_not_json()
    {
        Gateway.Faults.Enqueue(FakeFault.MalformedJson());

        using var response = await SendAsync();
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task Truncated_body_ends_early()
    {
        Gateway.Faults.Enqueue(FakeFault.TruncatedBody());

        // HttpClient buffers the body by default, so the short read surfaces from the send itself.
        var error = await Assert.ThrowsAsync<HttpRequestException>(SendAsync);
        Assert.IsAssignableFrom<IOException>(error.InnerException);
        Assert.Equal(200, Gateway.Journal.Last!.HttpStatus);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(502)]
    public async Task Html_error_page(int status)
    {
        Gateway.Faults.Enqueue(FakeFault.HtmlErrorPage(status));

        using var response = await SendAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_body_has_exactly_the_size_and_is_valid_json()
    {
        Gateway.Faults.Enqueue(FakeFault.OversizedBody(5 * 1024 * 1024));

        using var response = await SendAsync();
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(5 * 1024 * 1024, bytes.Length);
        Assert.Equal(5 * 1024 * 1024, response.Content.Headers.ContentLength);
        using var document = JsonDocument.Parse(bytes);
        Assert.Equal("0", document.RootElement.GetProperty(Method.Replace('.', '_') + "_responce").GetProperty("code").GetString());
    }

    public void Dispose()
    {
        Gateway.Dispose();
        _client.Dispose();
    }

    private Dictionary<string, string> SignedParameters()
    {
        var parameters = _client.Parameters(Method, "{}");
        parameters["sign"] = JosTestClient.Sign(parameters, Gateway.AppSecret);
        return parameters;
    }

    private Task<HttpResponseMessage> SendAsync() => _client.PostAsync(SignedParameters());
}
