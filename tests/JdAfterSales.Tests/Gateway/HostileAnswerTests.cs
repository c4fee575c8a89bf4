using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JdAfterSales.AfterSales;
using JdAfterSales.Auth;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.AfterSales;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Gateway;

/// <summary>
/// Answers a hostile or broken server sends that used to escape as untyped exceptions: far dates, invalid UTF-8,
/// a body that does not match its Content-Encoding. Each is now a <see cref="JdException"/> subtype.
/// </summary>
public sealed class HostileAnswerTests
{
    private const string FarEpoch = "253402300800000";

    private static readonly byte[] InvalidUtf8 = [0xFF, 0xFE, 0xC3, 0x28];

    [Fact]
    public async Task Far_epoch_date_in_a_list_is_a_contract_error()
    {
        var body = Encoding.UTF8.GetString(AscKit.Fixture("asc.query.list.success.json"))
            .Replace("\"applyTime\": 1716183930000", "\"applyTime\": " + FarEpoch, StringComparison.Ordinal);
        Assert.Contains(FarEpoch, body, StringComparison.Ordinal);
        var client = TestClients.Create(StubHandler.Json(body), AscKit.Options());

        var error = await Assert.ThrowsAsync<JdContractException>(() => client.AfterSales.ListServicesAsync(new ListServicesRequest { PageSize = 2 }));

        Assert.Equal("jingdong.asc.query.list", error.Method);
        // Where: list items are read in place, so the path ends at the list; the line and byte point at the value.
        Assert.Contains("$.pageResult.data", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 18", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FarEpoch, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"9999-12-31T23:59:59Z\"")]
    [InlineData(FarEpoch)]
    public async Task A_far_oauth_issue_time_keeps_the_issued_tokens_and_reads_as_issued_now(string time)
    {
        // JD has already spent the old refresh token when it answers: throwing here would lose the new pair.
        var handler = StubHandler.Json($$"""{"access_token":"a0a0a0a0a0a0a0a0","expires_in":86400,"refresh_token":"r0r0r0r0r0r0r0r0","time":{{time}},"code":0}""");
        var oauth = new JdOAuthClient(new HttpClient(handler), new JdOAuthOptions { AppKey = TestClients.AppKey, AppSecret = TestClients.AppSecret }, new FakeTimeProvider(TestClients.VectorInstant));

        var token = await oauth.RefreshAsync("r1r1r1r1r1r1r1r1");

        Assert.Equal("a0a0a0a0a0a0a0a0", token.AccessToken);
        Assert.Equal("r0r0r0r0r0r0r0r0", token.RefreshToken);
        Assert.Equal(TestClients.VectorInstant, token.IssuedAt);
    }

    [Fact]
    public async Task An_oauth_body_that_does_not_match_its_content_encoding_is_a_transport_error_after_delivery()
    {
        var handler = new Hardening.MutableAnswerHandler();
        handler.Answer(new("plain body decoded as gzip", Vectors.Response("oauth.access_token.success.json")) { ContentEncoding = "gzip", Decoded = true });
        var oauth = new JdOAuthClient(new HttpClient(handler), new JdOAuthOptions { AppKey = TestClients.AppKey, AppSecret = TestClients.AppSecret }, new FakeTimeProvider(TestClients.VectorInstant));

        var error = await Assert.ThrowsAsync<JdTransportException>(() => oauth.RefreshAsync("r1r1r1r1r1r1r1r1"));

        Assert.Equal(JdDeliveryState.Delivered, error.Delivery);
        Assert.Equal(200, error.HttpStatusCode);
    }

    [Fact]
    public async Task An_oauth_answer_of_unannounced_length_past_the_cap_is_a_contract_error()
    {
        var endless = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
        {
            Content = new StreamContent(new EndlessStream()),
        }));
        var oauth = new JdOAuthClient(new HttpClient(endless), new JdOAuthOptions { AppKey = TestClients.AppKey, AppSecret = TestClients.AppSecret }, new FakeTimeProvider(TestClients.VectorInstant));

        await Assert.ThrowsAsync<JdContractException>(() => oauth.RefreshAsync("r1r1r1r1r1r1r1r1"));
    }

    /// <summary>Spaces for ever: valid JSON whitespace, no length.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    public static TheoryData<string, byte[]> UnreadableEnvelopes => new()
    {
        { "escaped lone surrogate in the top-level name", Encoding.UTF8.GetBytes("""{"\ud800_responce":{"code":"0"}}""") },
        { "escaped lone surrogate alone as the top-level name", Encoding.UTF8.GetBytes("""{"\udc00":{"code":"0"}}""") },
        { "invalid UTF-8 as the top-level name", [.. "{\""u8, .. InvalidUtf8, .. "\":{\"code\":\"0\"}}"u8] },
        { "invalid UTF-8 in the gateway code", [.. "{\"error_response\":{\"code\":\""u8, .. InvalidUtf8, .. "\"}}"u8] },
        { "escaped lone surrogate in zh_desc", Encoding.UTF8.GetBytes("""{"error_response":{"code":"66","zh_desc":"\ud800"}}""") },
    };

    [Theory]
    [MemberData(nameof(UnreadableEnvelopes))]
    public async Task Unreadable_text_in_the_envelope_is_a_contract_error(string label, byte[] body)
    {
        var client = TestClients.Create(StubHandler.Bytes(body));

        var error = await Assert.ThrowsAsync<JdContractException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));

        Assert.Equal("jingdong.x", error.Method);
        Assert.NotNull(label);
    }

    public static TheoryData<string, byte[]> UnreadablePayloads => new()
    {
        { "invalid UTF-8 in a business code", [.. "{\"jingdong_x_responce\":{\"result\":{\"success\":false,\"code\":\""u8, .. InvalidUtf8, .. "\"}}}"u8] },
        { "invalid UTF-8 in a property name", [.. "{\"jingdong_x_responce\":{\"result\":{\""u8, .. InvalidUtf8, .. "\":1}}}"u8] },
        { "invalid UTF-8 in an unused string", [.. "{\"jingdong_x_responce\":{\"code\":\"0\",\"note\":\""u8, .. InvalidUtf8, .. "\"}}"u8] },
        { "escaped lone surrogate in a message", Encoding.UTF8.GetBytes("""{"jingdong_x_responce":{"result":{"success":false,"code":"E","msg":"\udc00"}}}""") },
        { "escaped lone surrogate in a property name", Encoding.UTF8.GetBytes("""{"jingdong_x_responce":{"\ud800x":1}}""") },
    };

    /// <summary>
    /// A raw call hands the payload back as a <see cref="System.Text.Json.JsonElement"/>, whose <c>GetString</c> throws
    /// <see cref="InvalidOperationException"/> on such text: in the business-outcome check, or in the caller's code.
    /// </summary>
    [Theory]
    [MemberData(nameof(UnreadablePayloads))]
    public async Task Invalid_utf8_in_a_raw_payload_is_a_contract_error(string label, byte[] body)
    {
        var client = TestClients.Create(StubHandler.Bytes(body));

        var error = await Assert.ThrowsAsync<JdContractException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));

        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
        Assert.NotNull(label);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_typed_string_value_is_a_contract_error()
    {
        var fixture = AscKit.Fixture("asc.query.list.success.json");
        var name = Encoding.UTF8.GetBytes("jd_buyer01");
        var at = fixture.AsSpan().IndexOf(name);
        Assert.True(at > 0);
        var body = fixture.ToArray();
        InvalidUtf8.CopyTo(body, at);
        var client = TestClients.Create(StubHandler.Bytes(body), AscKit.Options());

        var error = await Assert.ThrowsAsync<JdContractException>(() => client.AfterSales.ListServicesAsync(new ListServicesRequest { PageSize = 2 }));

        Assert.Contains("$.pageResult.data", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Encodings => ["gzip", "deflate", "br"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_body_that_does_not_match_its_content_encoding_is_a_transport_error_after_delivery(string encoding)
    {
        var client = TestClients.Create(MislabelledBodies(encoding));

        var error = await Assert.ThrowsAsync<JdTransportException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));

        Assert.Equal(JdDeliveryState.Delivered, error.Delivery);
        Assert.Contains("Content-Encoding", error.Message, StringComparison.Ordinal);
        Assert.Contains("JD received the request", error.Message, StringComparison.Ordinal);
        Assert.True(error.InnerException is InvalidDataException or InvalidOperationException, error.InnerException?.GetType().Name);
        Assert.Equal("jingdong.x", error.Method);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task A_mislabelled_body_is_retried_for_a_read_and_never_resent_for_a_write(string encoding)
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var read = MislabelledBodies(encoding);
        var write = MislabelledBodies(encoding);
        var options = TestClients.Options();
        options.Retry = new JdRetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(100) };

        var readCall = new JdClient(() => new HttpClient(read), options, null, time, null, random: () => 1.0)
            .InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        await FakeTimePump.RunAsync(time, readCall, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<JdTransportException>(() => readCall);

        var writeCall = new JdClient(() => new HttpClient(write), options, null, time, null, random: () => 1.0)
            .InvokeRawAsync("jingdong.x", new JsonObject { ["k"] = "v" }, JdOperationKind.Write);
        await FakeTimePump.RunAsync(time, writeCall, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<JdTransportException>(() => writeCall);

        Assert.Equal(3, read.Requests.Count);
        Assert.Single(write.Requests);
    }

    /// <summary>
    /// What <c>HttpClientHandler</c> with automatic decompression hands over when the header says compressed and the
    /// body is plain JSON: a decompressing stream over it, which throws as soon as it is read.
    /// </summary>
    private static StubHandler MislabelledBodies(string encoding) => new((_, _) =>
    {
        var plain = new MemoryStream(Encoding.UTF8.GetBytes("""{"jingdong_x_responce":{"code":"0"}}"""));
        Stream decoding = encoding switch
        {
            "gzip" => new GZipStream(plain, CompressionMode.Decompress),
            "deflate" => new DeflateStream(plain, CompressionMode.Decompress),
            _ => new BrotliStream(plain, CompressionMode.Decompress),
        };
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(decoding) });
    });
}
