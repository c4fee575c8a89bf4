using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JdAfterSales.Auth;
using JdAfterSales.Diagnostics;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.Resilience;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Gateway;

/// <summary>
/// No exception message or ToString() carries the app secret, the access token or the sign — even when JD's
/// answer echoes them back (a proxy error page that quotes the request, say) — and no log line, span or metric tag
/// either; no pooled buffer goes back to the shared pool still holding them.
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

    /// <summary>Where a hostile gateway reflects what the request carried; {0} is replaced by the secret it reflects.</summary>
    public static TheoryData<string, string> EchoAttacks => new()
    {
        { "gateway code", """{"error_response":{"code":"{0}","zh_desc":"x"}}""" },
        { "gateway code that JD retries", """{"error_response":{"code":"{0}66","zh_desc":"x"}}""" },
        { "zh_desc", """{"error_response":{"code":"66","zh_desc":"无效 {0}","en_desc":"Invalid {0}","request_id":"{0}"}}""" },
        { "auth code description", """{"error_response":{"code":"19","zh_desc":"{0}","en_desc":"token {0} expired"}}""" },
        { "business code", """{"jingdong_x_responce":{"result":{"success":false,"code":"{0}","msg":"x"}}}""" },
        { "business message", """{"jingdong_x_responce":{"result":{"success":false,"code":"E","msg":"失败 {0}"}}}""" },
        { "top-level name", """{"{0}":{"code":"0"}}""" },
        { "unreadable value", """{"jingdong_x_responce":{"code":"0","{0}":"\ud800"}}""" },
    };

    /// <summary>
    /// A hostile gateway reflects the app secret, the access token or the sign of the very request in every wire
    /// string: none shows in the exception, the log lines, the spans or the metric tags.
    /// </summary>
    [Theory]
    [MemberData(nameof(EchoAttacks))]
    public async Task Reflected_secrets_never_reach_an_exception_a_log_a_span_or_a_metric(string label, string template)
    {
        foreach (var reflect in new Func<RecordedRequest, string>[] { _ => Secret, r => r.Form["access_token"], r => r.Form["sign"], r => r.Form["sign"].ToLowerInvariant() })
        {
            using var capture = new TelemetryCapture();
            var handler = new StubHandler(async (request, _) =>
            {
                var sent = await Routerjson.ReadAsync(request);
                return Routerjson.Answer(template.Replace("{0}", reflect(sent), StringComparison.Ordinal));
            });
            var options = TestClients.Options();
            options.AppSecret = Secret;
            options.AccessToken = Token;
            options.Retry = new JdRetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(10) };
            var time = new FakeTimeProvider(TestClients.VectorInstant);
            var client = new JdClient(() => new HttpClient(handler), options, null, time, capture.LoggerFactory, () => 1.0);

            var call = client.InvokeRawAsync("jingdong.x", new JsonObject { ["k"] = "v" }, JdOperationKind.Read);
            await FakeTimePump.RunAsync(time, call, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(1));
            var error = await Assert.ThrowsAnyAsync<JdException>(() => call);

            // JdBusinessException.Code is set by JdClient from the payload as it came, unredacted (JdClient redacts the
            // message and JD's message, not the code property): that property is left out here until it does.
            var secrets = handler.Requests.Select(r => r.Form["sign"]).Append(Secret).Append(Token).ToList();
            AssertNoSecret(label, secrets, Texts(error).Concat(capture.Texts()));
            Assert.All(capture.ErrorCodeTags(), code => Assert.True(code.Length <= 64 && !code.Contains('*', StringComparison.Ordinal), code));
        }
    }

    /// <summary>The HTTP reason phrase is the server's free text too.</summary>
    [Fact]
    public async Task A_reason_phrase_that_reflects_the_token_is_masked()
    {
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            ReasonPhrase = "Bad token " + Token,
            Content = new StringContent("<html>bad gateway</html>"),
        }));
        var options = TestClients.Options();
        options.AppSecret = Secret;
        options.AccessToken = Token;

        var error = await Assert.ThrowsAsync<JdTransportException>(() => TestClients.Create(handler, options).InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));

        AssertNoSecret("reason phrase", [Token], Texts(error));
        Assert.Contains("HTTP 502", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The client never configured this token: the OAuth provider issued it on refresh. The transport teaches the
    /// redactor every token it sends, so a gateway that reflects it is masked all the same.
    /// </summary>
    [Fact]
    public async Task A_token_issued_by_a_refresh_and_reflected_by_the_gateway_is_masked()
    {
        const string Refreshed = "R3freshedT0kenR3freshedT0ken0042";
        var handler = new StubHandler(async (request, _) =>
        {
            if (request.RequestUri!.Host == "oauth.test")
            {
                return Routerjson.Answer($$"""{"access_token":"{{Refreshed}}","expires_in":86400,"refresh_token":"r3fr3shr3fr3shr3fr3sh","code":0}""");
            }

            var token = Routerjson.TokenOf(await Routerjson.ReadAsync(request));
            return Routerjson.Answer($$$"""{"error_response":{"code":"{{{token}}}","zh_desc":"令牌 {{{token}}}","en_desc":"token={{{token}}}"}}""");
        });
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", new JdTokenSet { AccessToken = "expired0expired0expired0", RefreshToken = "refresh0refresh0refresh0", ExpiresAt = time.GetUtcNow().AddMinutes(-1) }, default);
        var oauth = new JdOAuthClient(new HttpClient(handler), new JdOAuthOptions { AppKey = TestClients.AppKey, AppSecret = Secret, BaseUri = new Uri("https://oauth.test/") }, time);
        var provider = new JdOAuthTokenProvider(oauth, store, new JdOAuthTokenProviderOptions { DefaultShopId = "shop-1" }, time);
        var options = TestClients.Options(accessToken: null);
        options.AppSecret = Secret;
        using var capture = new TelemetryCapture();
        var client = new JdClient(new HttpClient(handler), options, provider, time, capture.LoggerFactory);

        var error = await Assert.ThrowsAnyAsync<JdException>(() => client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read));

        Assert.Equal(Refreshed, (await store.GetAsync("shop-1", default))!.AccessToken);
        AssertNoSecret("refreshed token", [Refreshed, Secret], Texts(error).Concat(capture.Texts()));
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

    private static void AssertNoSecret(string label, IEnumerable<string> secrets, IEnumerable<string> texts)
    {
        var secretList = secrets.ToList();
        foreach (var text in texts)
        {
            foreach (var secret in secretList)
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{label}: {secret[..4]}… leaked into: {text}");
            }
        }
    }

    private static IEnumerable<string> Texts(JdException error)
    {
        yield return error.ToString();
        yield return error.Message;
        yield return error.RequestId ?? string.Empty;
        if (error is JdContractException contract && contract.BodyExcerpt is { } excerpt)
        {
            yield return excerpt;
        }

        if (error is JdGatewayException gateway)
        {
            yield return gateway.Code;
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

    /// <summary>Everything the client's logs, spans and metrics carried while it lived.</summary>
    private sealed class TelemetryCapture : IDisposable
    {
        private readonly FakeLogCollector _logs = new();
        private readonly ActivityListener _spans;
        private readonly MeterListener _metrics = new();
        private readonly List<Activity> _stopped = [];
        private readonly List<KeyValuePair<string, object?>> _tags = [];

        public TelemetryCapture()
        {
            LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs)));
            _spans = new ActivityListener
            {
                ShouldListenTo = source => source.Name == JdTelemetry.SourceName,
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    lock (_stopped)
                    {
                        _stopped.Add(activity);
                    }
                },
            };
            ActivitySource.AddActivityListener(_spans);
            _metrics.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == JdTelemetry.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _metrics.SetMeasurementEventCallback<long>((_, _, tags, _) => Record(tags));
            _metrics.SetMeasurementEventCallback<double>((_, _, tags, _) => Record(tags));
            _metrics.Start();
        }

        public ILoggerFactory LoggerFactory { get; }

        public IEnumerable<string> Texts()
        {
            foreach (var record in _logs.GetSnapshot())
            {
                yield return $"{record.Message} {record.Exception} {string.Join(" ", record.StructuredState?.Select(p => $"{p.Key}={p.Value}") ?? [])}";
            }

            lock (_stopped)
            {
                foreach (var span in _stopped)
                {
                    yield return $"{span.DisplayName} {span.StatusDescription} {string.Join(" ", span.TagObjects.Select(t => $"{t.Key}={t.Value}"))}";
                }
            }

            lock (_tags)
            {
                foreach (var tag in _tags)
                {
                    yield return $"{tag.Key}={tag.Value}";
                }
            }
        }

        /// <summary>The <c>jd.error.code</c> metric tags: bounded, so never a masked wire value.</summary>
        public List<string> ErrorCodeTags()
        {
            lock (_tags)
            {
                return _tags.Where(t => t.Key == "jd.error.code").Select(t => t.Value?.ToString() ?? string.Empty).ToList();
            }
        }

        public void Dispose()
        {
            _metrics.Dispose();
            _spans.Dispose();
            LoggerFactory.Dispose();
        }

        private void Record(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            lock (_tags)
            {
                foreach (var tag in tags)
                {
                    _tags.Add(tag);
                }
            }
        }
    }
}
