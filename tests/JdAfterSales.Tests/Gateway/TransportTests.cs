using System.Net;
using System.Net.Sockets;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Gateway;

/// <summary>Failures of the HTTP exchange, each as its typed error, with fake time only (no sleeps).</summary>
public sealed class TransportTests
{
    [Fact]
    public async Task An_answer_slower_than_the_timeout_is_a_timeout_of_unknown_delivery()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var handler = new StubHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        var options = TestClients.Options();
        options.Timeout = TimeSpan.FromSeconds(5);
        var client = TestClients.Create(handler, options, time);

        var call = client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Write);
        await WaitUntil(() => handler.Requests.Count == 1);
        time.Advance(TimeSpan.FromSeconds(5));
        var error = await Assert.ThrowsAsync<JdTimeoutException>(() => call);

        Assert.Equal(JdDeliveryState.Unknown, error.Delivery);
        Assert.Equal(TimeSpan.FromSeconds(5), error.Timeout);
        Assert.Equal("jingdong.x", error.Method);
    }

    [Fact]
    public async Task A_cancellation_by_the_caller_is_an_operation_canceled_not_a_timeout()
    {
        var handler = new StubHandler(async (_, token) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, token);
            throw new InvalidOperationException("unreachable");
        });
        var client = TestClients.Create(handler);
        using var cancellation = new CancellationTokenSource();

        var call = client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read, cancellation.Token);
        await WaitUntil(() => handler.Requests.Count == 1);
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.IsNotType<JdTimeoutException>(error);
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    [Fact]
    public async Task A_refused_connection_is_a_transport_error_that_was_not_sent()
    {
        var handler = new StubHandler((_, _) =>
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused)));
        var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<JdTransportException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Write));

        Assert.Equal(JdDeliveryState.NotSent, error.Delivery);
        Assert.Contains("not sent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_reset_before_the_answer_is_of_unknown_delivery()
    {
        var handler = new StubHandler((_, _) =>
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("reset")));
        var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<JdTransportException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Write));

        Assert.Equal(JdDeliveryState.Unknown, error.Delivery);
    }

    [Fact]
    public async Task A_connection_dropped_while_reading_the_body_was_delivered()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StreamContent(new FailingStream("{\"jingdong_x_responce\":{\"co"u8.ToArray())),
        }));
        var client = TestClients.Create(handler);

        var error = await Assert.ThrowsAsync<JdTransportException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Write));

        Assert.Equal(JdDeliveryState.Delivered, error.Delivery);
    }

    [Fact]
    public async Task Each_call_is_signed_with_the_current_time()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var client = TestClients.Create(handler, time: time);

        await client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        time.Advance(TimeSpan.FromMinutes(1));
        await client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);

        Assert.Equal("2024-05-20 13:45:30.000+0800", handler.Requests[0].Form["timestamp"]);
        Assert.Equal("2024-05-20 13:46:30.000+0800", handler.Requests[1].Form["timestamp"]);
        Assert.NotEqual(handler.Requests[0].Form["sign"], handler.Requests[1].Form["sign"]);
    }

    [Fact]
    public async Task The_request_goes_to_the_configured_gateway_as_a_post()
    {
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var client = TestClients.Create(handler);
        await client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        var sent = Assert.Single(handler.Requests);
        Assert.Equal(new Uri("https://gateway.test/routerjson"), sent.Uri);
        Assert.Equal("{}", sent.Form["360buy_param_json"]);
        Assert.Equal("2.0", sent.Form["v"]);
        Assert.DoesNotContain("sign_method", sent.Form.Keys);
        Assert.Empty(sent.Uri.Query);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        // The stub runs on the caller's continuation; yield until it has recorded the request (bounded in real time,
        // generously, for a loaded machine).
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition() && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Yield();
            await Task.Delay(1);
        }

        Assert.True(condition());
    }

    private sealed class FailingStream(byte[] prefix) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= prefix.Length)
            {
                throw new IOException("connection reset by peer");
            }

            var n = Math.Min(count, prefix.Length - _position);
            Array.Copy(prefix, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
