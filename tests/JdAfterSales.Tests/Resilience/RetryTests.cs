using System.Net;
using System.Net.Sockets;
using System.Text;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Resilience;

/// <summary>Retries on fake time: which failures are retried, how long the waits are, and that writes never repeat.</summary>
public sealed class RetryTests
{
    private const string Success = """{"jingdong_x_responce":{"code":"0","value":1}}""";
    private const string Backend66 = """{"error_response":{"code":"66","zh_desc":"服务不可用","en_desc":"The service is unavailable"}}""";
    private const string CallLimited = """{"error_response":{"code":"2","zh_desc":"应用调用次数超限","en_desc":"App Call Limited"}}""";

    private static (JdClient Client, StubHandler Handler, FakeTimeProvider Time) Create(Func<int, HttpResponseMessage> answer, Action<JdRetryOptions>? retry = null)
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var calls = 0;
        var handler = new StubHandler((_, _) => Task.FromResult(answer(Interlocked.Increment(ref calls))));
        var options = TestClients.Options();
        options.Retry = new JdRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(500), MaxDelay = TimeSpan.FromSeconds(30) };
        retry?.Invoke(options.Retry);
        return (new JdClient(() => new HttpClient(handler), options, null, time, null, random: () => 1.0), handler, time);
    }

    private static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    [Fact]
    public async Task Code_66_twice_then_success_takes_three_attempts()
    {
        var (client, handler, time) = Create(n => Json(n <= 2 ? Backend66 : Success));

        var call = client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        var elapsed = await FakeTimePump.RunAsync(time, call, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));

        Assert.Equal(1, (await call).GetProperty("value").GetInt32());
        Assert.Equal(3, handler.Requests.Count);
        // 500 ms then 1 s (the jitter source is pinned to its top): the waits were really taken, on fake time.
        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(1500), TimeSpan.FromMilliseconds(1700));
    }

    [Fact]
    public async Task Every_attempt_is_signed_again_with_its_own_timestamp()
    {
        var (client, handler, time) = Create(n => Json(n == 1 ? Backend66 : Success));
        var call = client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        await FakeTimePump.RunAsync(time, call, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));
        await call;

        Assert.NotEqual(handler.Requests[0].Form["timestamp"], handler.Requests[1].Form["timestamp"]);
        Assert.NotEqual(handler.Requests[0].Form["sign"], handler.Requests[1].Form["sign"]);
    }

    [Fact]
    public async Task Code_2_backs_off_longer_and_ends_in_the_rate_limit_error()
    {
        var (client, handler, time) = Create(_ => Json(CallLimited), r => { r.MaxRetries = 2; r.RateLimitedBaseDelay = TimeSpan.FromSeconds(5); });

        var call = client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        var elapsed = await FakeTimePump.RunAsync(time, call, TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(2));

        await Assert.ThrowsAsync<JdRateLimitException>(() => call);
        Assert.Equal(3, handler.Requests.Count);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(16));
    }

    [Fact]
    public async Task Http_503_is_retried_and_retry_after_is_capped()
    {
        var (client, handler, time) = Create(
            n =>
            {
                if (n > 1)
                {
                    return Json(Success);
                }

                var busy = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("<html>busy</html>") };
                busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromHours(1));
                return busy;
            },
            r => r.MaxDelay = TimeSpan.FromSeconds(10));

        var call = client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        var elapsed = await FakeTimePump.RunAsync(time, call, TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        await call;
        Assert.Equal(2, handler.Requests.Count);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10.5));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task Client_errors_are_not_retried(HttpStatusCode status)
    {
        var (client, handler, _) = Create(_ => new HttpResponseMessage(status) { Content = new StringContent("nope") });
        await Assert.ThrowsAsync<JdTransportException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));
        Assert.Single(handler.Requests);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("19")]
    [InlineData("61")]
    public async Task Permanent_gateway_codes_are_not_retried(string code)
    {
        var (client, handler, _) = Create(_ => Json("{\"error_response\":{\"code\":\"" + code + "\",\"zh_desc\":\"x\"}}"));
        await Assert.ThrowsAnyAsync<JdGatewayException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Business_failures_are_not_retried()
    {
        var (client, handler, _) = Create(_ => Json("""{"jingdong_x_responce":{"result":{"success":false,"code":"E","msg":"no"}}}"""));
        await Assert.ThrowsAsync<JdBusinessException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_write_that_got_code_66_is_not_sent_again()
    {
        var (client, handler, _) = Create(_ => Json(Backend66));
        var error = await Assert.ThrowsAsync<JdGatewayException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Write));
        Assert.Equal("66", error.Code);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_write_whose_connection_dropped_is_not_sent_again()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var handler = new StubHandler((_, _) => throw new HttpRequestException(HttpRequestError.ResponseEnded, "ended", new IOException("reset")));
        var options = TestClients.Options();
        options.Retry = new JdRetryOptions();
        var client = new JdClient(() => new HttpClient(handler), options, null, time, null, () => 1.0);

        var error = await Assert.ThrowsAsync<JdTransportException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Write));

        Assert.Equal(JdDeliveryState.Unknown, error.Delivery);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_write_that_was_never_sent_is_sent_again()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var calls = 0;
        var handler = new StubHandler((_, _) => Interlocked.Increment(ref calls) == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused))
            : Task.FromResult(Json(Success)));
        var options = TestClients.Options();
        options.Retry = new JdRetryOptions();
        var client = new JdClient(() => new HttpClient(handler), options, null, time, null, () => 1.0);

        var call = client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Write);
        await FakeTimePump.RunAsync(time, call, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));

        await call;
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_read_that_timed_out_is_retried_and_a_write_is_not()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var handler = new StubHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, token);
            throw new InvalidOperationException("unreachable");
        });
        var options = TestClients.Options();
        options.Timeout = TimeSpan.FromSeconds(5);
        options.Retry = new JdRetryOptions { MaxRetries = 2, TotalTimeout = TimeSpan.FromMinutes(1) };
        var client = new JdClient(() => new HttpClient(handler), options, null, time, null, () => 1.0);

        var read = client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        await FakeTimePump.RunAsync(time, read, TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<JdTimeoutException>(() => read);
        Assert.Equal(3, handler.Requests.Count);

        handler.Requests.Clear();
        var write = client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Write);
        await FakeTimePump.RunAsync(time, write, TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<JdTimeoutException>(() => write);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task The_total_deadline_ends_the_call_as_a_timeout()
    {
        var (client, handler, time) = Create(_ => Json(Backend66), r => { r.MaxRetries = 10; r.TotalTimeout = TimeSpan.FromSeconds(40); r.MaxDelay = TimeSpan.FromSeconds(30); });

        var call = client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        var elapsed = await FakeTimePump.RunAsync(time, call, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(5));

        var error = await Assert.ThrowsAsync<JdTimeoutException>(() => call);
        Assert.Contains("total deadline", error.Message, StringComparison.Ordinal);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(41));
        Assert.InRange(handler.Requests.Count, 2, 10);
    }

    [Fact]
    public async Task Cancelling_during_a_back_off_stops_at_once_and_is_not_retried()
    {
        var (client, handler, time) = Create(_ => Json(Backend66), r => r.BaseDelay = TimeSpan.FromSeconds(10));
        using var cancellation = new CancellationTokenSource();

        var call = client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read, cancellation.Token);
        while (handler.Requests.Count == 0)
        {
            await Task.WhenAny(call, Task.Delay(2));
        }

        time.Advance(TimeSpan.FromSeconds(1));
        await cancellation.CancelAsync();
        var cancelledAt = time.GetUtcNow();
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.Single(handler.Requests);
        Assert.True(time.GetUtcNow() - cancelledAt < TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Retries_can_be_turned_off()
    {
        var (client, handler, _) = Create(_ => Json(Backend66), r => r.MaxRetries = 0);
        await Assert.ThrowsAsync<JdGatewayException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));
        Assert.Single(handler.Requests);
    }
}
