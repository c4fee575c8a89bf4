using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.Resilience;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Gateway;

/// <summary>
/// No exception message or ToString() carries the app secret, the access token or the sign — even when JD's
/// answer echoes them back (a proxy error page that quotes the request, say) — and no pooled buffer goes back to the
/// shared pool still holding them.
/// </summary>
[Collection(nameof(TelemetrySerialGroup))]
public sealed class SecretLeakTests
{
    private const string Secret = "S3cretS3cretS3cretS3cret00000001";
    private const string Token = "T0kenT0kenT0kenT0kenT0ken0000002";

    public static TheoryData<string, string> EchoingBodies => new()
    {
        { "html echo", "<html><pre>POST app_key=k&access_token=" + Token + "&sign=ABCDEF0123456789ABCDEF0123456789&app_secret=" + Secret + "</pre></html>" },
        { "gateway error echo", """{"error_response":{"code":"19","zh_desc":"无效access_token T0kenT0kenT0kenT0kenT0ken0000002","en_desc":"Invalid access_token=T0kenT0kenT0kenT0kenT0ken0000002"}}""" },
        { "truncated json echo", """{"jingdong_x_responce":{"access_token":"T0kenT0kenT0kenT0kenT0ken0000002","sign":"ABCDEF""" },
        { "business failure echo", """{"jingdong_x_responce":{"result":{"success":false,"code":"E","msg":"secret S3cretS3cretS3cretS3cret00000001"}}}""" },
        { "plain text echo", "app_secret: " + Secret + " token " + Token },
    };

    [Theory]
    [MemberData(nameof(EchoingBodies))]
    public async Task Errors_never_carry_secrets(string label, string body)
    {
        var handler = StubHandler.Bytes(Encoding.UTF8.GetBytes(body), HttpStatusCode.OK);
        var options = TestClients.Options();
        options.AppSecret = Secret;
        options.AccessToken = Token;
        var client = TestClients.Create(handler, options);

        var error = await Assert.ThrowsAnyAsync<JdException>(() => client.InvokeRawAsync("jingdong.x", new JsonObject { ["k"] = "v" }, JdOperationKind.Read));

        var sign = Assert.Single(handler.Requests).Form["sign"];
        foreach (var text in Texts(error))
        {
            Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(sign, text, StringComparison.Ordinal);
            Assert.DoesNotContain("ABCDEF0123456789ABCDEF0123456789", text, StringComparison.Ordinal);
        }

        Assert.NotNull(label);
    }

    [Fact]
    public void Options_and_providers_do_not_print_secrets()
    {
        var provider = new JdAfterSales.Auth.JdFixedAccessTokenProvider(Token);
        Assert.DoesNotContain(Token, provider.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The string to sign holds the app secret and the form body the token and the sign; both live in arrays from the
    /// process-wide pool. After 50 calls, the pool's arrays hold none of them.
    /// </summary>
    /// <remarks>
    /// The pool hands out a fresh, uninitialized array when a bucket is empty, and such memory may hold copies of
    /// anything the collector moved or freed (this test's own strings included). So the pool is first filled with
    /// arrays marked at their end; the check looks at the marked ones it gets back, which only pool users wrote to.
    /// </remarks>
    [Fact]
    public async Task Pooled_buffers_go_back_to_the_pool_without_the_secret_the_token_or_the_sign()
    {
        const string PoolSecret = "P00lS3cretP00lS3cretP00lS3cret77";
        const string PoolToken = "P00lT0kenP00lT0kenP00lT0kenP00l7";
        byte[] mark = [0xA5, 0x5A, 0xC3, 0x3C];
        var primed = RentAll();
        foreach (var buffer in primed)
        {
            buffer.AsSpan().Fill(0xA5);
            mark.CopyTo(buffer.AsSpan(buffer.Length - mark.Length));
        }

        ReturnAll(primed);
        var handler = new UnbufferedGateway();
        var options = TestClients.Options();
        options.AppSecret = PoolSecret;
        options.AccessToken = PoolToken;
        var client = TestClients.Create(handler, options);

        // Calls of several sizes, so bodies and strings to sign land in several of the pool's buckets; the gateway
        // answers synchronously, so the buffers go back on this thread, where the rents below look first.
        for (var call = 0; call < 50; call++)
        {
            var parameters = new JsonObject { ["text"] = new string('字', call * 40) };
            await client.InvokeRawAsync("jingdong.x", parameters, call % 2 == 0 ? JdOperationKind.Read : JdOperationKind.Write);
        }

        var needles = handler.Signs.Append(PoolSecret).Append(PoolToken).Select(Encoding.UTF8.GetBytes).ToList();
        Assert.Equal(50, handler.Signs.Count);
        var rented = RentAll();
        try
        {
            var marked = rented.Where(b => b.AsSpan(b.Length - mark.Length).SequenceEqual(mark)).ToList();
            var findings = marked
                .SelectMany(buffer => needles.Where(n => buffer.AsSpan().IndexOf(n) >= 0).Select(n => $"{buffer.Length}-byte buffer holds {Encoding.UTF8.GetString(n)[..4]}…"))
                .ToList();

            Assert.True(marked.Count >= 100, $"only {marked.Count} of the pool's arrays came back marked");
            Assert.True(marked.Any(b => b.AsSpan(0, b.Length - mark.Length).IndexOfAnyExcept((byte)0xA5) >= 0), "no marked array was used by the calls");
            Assert.Empty(findings);
        }
        finally
        {
            ReturnAll(rented);
        }

        static List<byte[]> RentAll() => Enumerable.Range(0, 1_000).Select(i => ArrayPool<byte>.Shared.Rent(16 << (i % 13))).ToList();

        static void ReturnAll(List<byte[]> buffers) => buffers.ForEach(b => ArrayPool<byte>.Shared.Return(b));
    }

    private static IEnumerable<string> Texts(JdException error)
    {
        yield return error.ToString();
        yield return error.Message;
        if (error is JdContractException contract && contract.BodyExcerpt is { } excerpt)
        {
            yield return excerpt;
        }

        if (error is JdGatewayException gateway)
        {
            yield return gateway.ChineseDescription ?? string.Empty;
            yield return gateway.EnglishDescription ?? string.Empty;
        }

        if (error is JdBusinessException business)
        {
            yield return business.JdMessage ?? string.Empty;
            yield return business.Code ?? string.Empty;
        }
    }

    /// <summary>
    /// A gateway that reads the request without <c>HttpContent</c>'s buffering, which rents from the same shared pool
    /// (as a socket handler's write buffer does): what the residue check finds is then the client's own.
    /// </summary>
    private sealed class UnbufferedGateway : HttpMessageHandler
    {
        public List<string> Signs { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var sink = new MemoryStream();
            await request.Content!.CopyToAsync(sink, cancellationToken);
            Signs.Add(FormDecoding.Decode(Encoding.UTF8.GetString(sink.ToArray()))["sign"]);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent("""{"jingdong_x_responce":{"code":"0"}}"""u8.ToArray()) };
        }
    }
}
