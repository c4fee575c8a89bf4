using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using JdAfterSales.Gateway;

namespace JdAfterSales.ContractTests.Resilience;

/// <summary>
/// Over real loopback HTTP with automatic decompression on, as most hosts configure it: an answer whose
/// Content-Encoding says gzip, deflate or br while the body is plain JSON is a typed transport error that says JD
/// received the request, for reads and writes alike, and a write is sent once.
/// </summary>
public sealed class ContentEncodingContractTests
{
    [Theory]
    [InlineData("gzip", JdOperationKind.Read)]
    [InlineData("deflate", JdOperationKind.Read)]
    [InlineData("br", JdOperationKind.Read)]
    [InlineData("gzip", JdOperationKind.Write)]
    [InlineData("br", JdOperationKind.Write)]
    public async Task A_body_that_is_not_what_its_content_encoding_says_is_a_delivered_transport_error(string encoding, JdOperationKind kind)
    {
        await using var server = MislabellingServer.Start(encoding);
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All });
        var client = new JdClient(http, new JdClientOptions
        {
            Gateway = server.Uri,
            AppKey = "F4KE0APP0KEY0000A1B2C3D4E5F6A7B8",
            AppSecret = "f4ke0secret0000fedcba9876543210ab",
            AccessToken = "f4ke0token00000000aa11bb22cc33dd44",
            Retry = new JdRetryOptions { MaxRetries = 0 },
        });

        var error = await Assert.ThrowsAsync<JdTransportException>(() => client.InvokeRawAsync("jingdong.asc.audit.send", new JsonObject { ["k"] = "v" }, kind));

        Assert.Equal(JdDeliveryState.Delivered, error.Delivery);
        Assert.Contains("Content-Encoding", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests);
    }

    /// <summary>A minimal HTTP/1.1 server that answers every request with plain JSON labelled as compressed.</summary>
    private sealed class MislabellingServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly string _encoding;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private int _requests;

        private MislabellingServer(string encoding)
        {
            _encoding = encoding;
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            Uri = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/routerjson");
            _loop = AcceptAsync();
        }

        public Uri Uri { get; }

        public int Requests => Volatile.Read(ref _requests);

        public static MislabellingServer Start(string encoding) => new(encoding);

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
            _stop.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                using var connection = await _listener.AcceptTcpClientAsync(_stop.Token);
                await using var stream = connection.GetStream();
                await ReadRequestAsync(stream);
                Interlocked.Increment(ref _requests);
                var body = """{"jingdong_asc_audit_send_responce":{"code":"0"}}"""u8.ToArray();
                var head = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: {_encoding}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                await stream.WriteAsync(body, _stop.Token);
            }
        }

        private async Task ReadRequestAsync(NetworkStream stream)
        {
            var received = new List<byte>();
            var buffer = new byte[4096];
            int headerEnd;
            while ((headerEnd = IndexOf(received, "\r\n\r\n"u8)) < 0)
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                received.AddRange(buffer.AsSpan(0, read));
            }

            var headers = Encoding.ASCII.GetString([.. received.Take(headerEnd)]);
            var lengthLine = headers.Split("\r\n").First(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
            var length = int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var bodyReceived = received.Count - headerEnd - 4;
            while (bodyReceived < length)
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                bodyReceived += read;
            }
        }

        private static int IndexOf(List<byte> bytes, ReadOnlySpan<byte> value) =>
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes).IndexOf(value);
    }
}
