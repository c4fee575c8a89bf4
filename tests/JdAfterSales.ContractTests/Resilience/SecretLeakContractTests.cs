using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JdAfterSales.AfterSales;
using JdAfterSales.Auth;
using JdAfterSales.ContractTests.Client;
using JdAfterSales.ContractTests.Support;
using JdAfterSales.Diagnostics;
using JdAfterSales.Gateway;
using JdAfterSales.Refunds;
using JdAfterSales.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace JdAfterSales.ContractTests.Resilience;

/// <summary>
/// Across successes, every fault, business failures, a stale version and authentication errors, none of the
/// secrets — the app secret, the access tokens, any sign the client sent — appears in a log line, an exception's
/// text or a span; not when a hostile gateway reflects them in every string of its answers either, and none is left
/// in a buffer the client gives back to the shared pool.
/// </summary>
public sealed class SecretLeakContractTests
{
    private const string BadToken = "0badc0ffee0badc0ffee0badc0ffee99";
    private const string WrongSecret = "wrong-secret-5f1e2d3c4b5a69788796a5b4";

    [Fact]
    public async Task No_secret_appears_in_logs_exceptions_or_spans()
    {
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        var spans = new List<Activity>();
        var listened = new ConcurrentQueue<Activity>();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource(JdTelemetry.SourceName).AddInMemoryExporter(spans).Build();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == JdTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = listened.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);

        await using var fixture = ResilientFixture.Start(loggerFactory: loggerFactory);
        var gateway = fixture.Gateway;
        var client = fixture.Client;
        var data = gateway.Data;
        var errors = new List<Exception>();
        var service = data.ServiceOrders.First(s => s.ServiceStatus == 10005);
        var view = new GetServiceRequest { ServiceId = service.ServiceId, OrderId = service.OrderId };

        async Task Run(Func<Task> call)
        {
            var task = call();
            await fixture.RunAsync(task);
            try
            {
                await task;
            }
            catch (Exception ex)
            {
                errors.Add(ex);
            }
        }

        // Successes.
        await Run(() => client.AfterSales.GetServiceAsync(view));
        await Run(() => client.AfterSales.ListServicesAsync(new ListServicesRequest { PageSize = 5 }));
        await Run(() => client.Refunds.CountPendingAsync());

        // Every fault, each on a read (retried) and most on a write (not retried).
        FakeFault[] faults =
        [
            FakeFault.GatewayError(66), FakeFault.GatewayError(2), FakeFault.GatewayError(7), FakeFault.HttpStatus(503), FakeFault.HttpStatus(500, TimeSpan.FromSeconds(1)),
            FakeFault.DropConnection(), FakeFault.DropConnection(afterProcessing: true), FakeFault.TruncatedBody(), FakeFault.MalformedJson(),
            FakeFault.HtmlErrorPage(502), FakeFault.HtmlErrorPage(200), FakeFault.OversizedBody(5 * 1024 * 1024),
        ];
        foreach (var fault in faults)
        {
            gateway.Faults.Enqueue(fault, count: 4);
            await Run(() => client.AfterSales.GetServiceAsync(view));
            gateway.Faults.Clear();
            gateway.Faults.Enqueue(fault);
            await Run(() => client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(data.RefundApplications.First(r => r.Status == 0).Id, "同意")));
            gateway.Faults.Clear();
        }

        gateway.Faults.Enqueue(FakeFault.Delayed(ResilientFixture.HeldFor));
        var (held, _) = await fixture.RunPastAttemptTimeoutAsync(
            () => client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(data.RefundApplications.First(r => r.Status == 0).Id, "同意")));
        errors.Add(await Assert.ThrowsAsync<JdTimeoutException>(() => held));

        // Business failures: a stale version, an answered refund, a wrong status, an unknown service order.
        var pending = data.ServiceOrders.First(s => s.ServiceStatus == 10001);
        await Run(() => client.AfterSales.RejectServiceAsync(Requests.Reject(pending) with { SysVersion = pending.SysVersion - 1 }));
        var answered = data.RefundApplications.First(r => r.Status != 0);
        await Run(() => client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(answered.Id, "同意")));
        await Run(() => client.AfterSales.CloseServiceAsync(Requests.Close(pending)));
        await Run(() => client.AfterSales.GetServiceAsync(view with { ServiceId = 1_000_000_000_001 }));

        // Authentication and signature errors.
        await Run(() => fixture.OtherClient(o => o.AccessToken = BadToken, loggerFactory).AfterSales.GetServiceAsync(view));
        await Run(() => fixture.OtherClient(o => o.AppSecret = WrongSecret, loggerFactory).AfterSales.GetServiceAsync(view));
        gateway.ExpireAccessToken(gateway.AccessToken);
        await Run(() => client.AfterSales.GetServiceAsync(view));

        var secrets = new List<string> { gateway.AppSecret, BadToken, WrongSecret };
        secrets.AddRange(gateway.AccessTokens);
        secrets.AddRange(fixture.Handler.Signs.Distinct());
        Assert.True(fixture.Handler.Signs.Count > 40, $"only {fixture.Handler.Signs.Count} signs were captured");
        Assert.True(errors.Count > 20, $"only {errors.Count} failures were raised");
        Assert.Contains(errors, e => e is JdConcurrencyException);
        Assert.Contains(errors, e => e is JdAuthenticationException);
        Assert.Contains(errors, e => e is JdContractException);
        Assert.Contains(errors, e => e is JdRateLimitException);

        tracer.ForceFlush();
        var texts = errors.SelectMany(ExceptionTexts).ToList();

        var logRecords = logs.GetSnapshot();
        Assert.NotEmpty(logRecords);
        foreach (var record in logRecords)
        {
            texts.Add(("log", $"{record.Message} {record.Exception} {string.Join(" ", record.StructuredState?.Select(p => $"{p.Key}={p.Value}") ?? [])}"));
        }

        var allSpans = spans.Concat(listened).ToList();
        Assert.NotEmpty(allSpans);
        foreach (var span in allSpans)
        {
            texts.Add(("span", $"{span.DisplayName} {span.StatusDescription} {string.Join(" ", span.TagObjects.Select(t => $"{t.Key}={t.Value}"))} {string.Join(" ", span.Events.Select(e => e.Name + string.Join(" ", e.Tags.Select(t => t.Value))))}"));
        }

        texts.Add(("journal", gateway.Journal.ToString()));
        foreach (var (where, text) in texts)
        {
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"a secret ({secret[..4]}…) leaked into a {where}: {text}");
            }
        }
    }

    /// <summary>
    /// The fake gateway answers over real HTTP; a hostile proxy in front of it rewrites each answer to reflect the app
    /// secret, the access token (one the OAuth server issued on a refresh) and the sign of that very request in the
    /// error code, the descriptions, the request id, a business code and message, a top-level name, an HTML page.
    /// </summary>
    [Fact]
    public async Task Secrets_a_hostile_gateway_reflects_reach_no_exception_log_span_or_metric()
    {
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == JdTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var tags = new ConcurrentQueue<string>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == JdTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, _, measured, _) => { foreach (var t in measured) { tags.Enqueue($"{t.Key}={t.Value}"); } });
        meters.SetMeasurementEventCallback<double>((_, _, measured, _) => { foreach (var t in measured) { tags.Enqueue($"{t.Key}={t.Value}"); } });
        meters.Start();

        await using var fixture = ClientFixture.Start(orderCount: 20);
        var gateway = fixture.Gateway;
        var provider = new JdOAuthTokenProvider(
            new JdOAuthClient(fixture.Http, new JdOAuthOptions { AppKey = gateway.AppKey, AppSecret = gateway.AppSecret, BaseUri = gateway.BaseUri }, fixture.Clock),
            timeProvider: fixture.Clock);
        var authorized = await provider.AuthorizeAsync("shop-1", gateway.IssueAuthorizationCode());

        // Expired in the store: the first call refreshes, so the token it sends is one the OAuth server issued.
        await provider.Store.SetAsync("shop-1", new JdTokenSet { AccessToken = authorized.AccessToken, RefreshToken = authorized.RefreshToken, ExpiresAt = fixture.Clock.GetUtcNow().AddMinutes(-1) }, default);
        using var proxy = new ReflectingProxy(gateway.AppSecret);
        using var http = new HttpClient(proxy);
        var client = new JdClient(http, fixture.Options(o => o.AccessToken = null), provider, fixture.Clock, loggerFactory).ForShop("shop-1");
        var service = gateway.Data.ServiceOrders.First(s => s.ServiceStatus == 10005);
        var errors = new List<JdException>();
        foreach (var attack in ReflectingProxy.Attacks)
        {
            proxy.Attack = attack;
            errors.Add(await Assert.ThrowsAnyAsync<JdException>(() => client.InvokeRawAsync("jingdong.asc.query.view", new JsonObject { ["serviceId"] = service.ServiceId, ["orderId"] = service.OrderId }, JdOperationKind.Read)));
            errors.Add(await Assert.ThrowsAnyAsync<JdException>(() => client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = service.ServiceId, OrderId = service.OrderId })));
        }

        var refreshed = (await provider.Store.GetAsync("shop-1", default))!.AccessToken;
        Assert.NotEqual(authorized.AccessToken, refreshed);
        Assert.Contains(refreshed, proxy.TokensSent);
        // Two calls per attack; no retries, so a reflected code 19 invalidates the token and the next call renews it.
        Assert.True(proxy.Signs.Count >= ReflectingProxy.Attacks.Count * 2, $"{proxy.Signs.Count} requests");
        var secrets = proxy.Signs.Concat(proxy.TokensSent).Append(gateway.AppSecret).Append(authorized.RefreshToken!).Distinct().ToList();

        var texts = errors.SelectMany(ExceptionTexts).ToList();

        texts.AddRange(logs.GetSnapshot().Select(r => ("log", $"{r.Message} {r.Exception} {string.Join(" ", r.StructuredState?.Select(p => $"{p.Key}={p.Value}") ?? [])}")));
        texts.AddRange(spans.Select(span => ("span", $"{span.DisplayName} {span.StatusDescription} {string.Join(" ", span.TagObjects.Select(t => $"{t.Key}={t.Value}"))}")));
        texts.AddRange(tags.Select(tag => ("metric tag", tag)));
        Assert.Contains(texts, t => t.Where == "log");
        Assert.Contains(texts, t => t.Where == "metric tag" && t.Text.StartsWith("jd.error.code=", StringComparison.Ordinal));
        foreach (var (where, text) in texts)
        {
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"a secret ({secret[..4]}…) leaked into a {where}: {text}");
            }
        }

        // Metric tags from the wire are bounded: JD's published codes, or "other".
        Assert.All(tags.Where(t => t.StartsWith("jd.error.code=", StringComparison.Ordinal)), t => Assert.True(t.Length < 40, t));
    }

    /// <summary>
    /// After 50 calls over real HTTP, arrays from the shared pool hold no copy of the app secret, which the client
    /// puts in pooled memory only to sign. (The form body's token and sign are copied into the socket handler's own
    /// pooled write buffers, which .NET returns uncleared: those are outside the client's reach, so this test checks
    /// the app secret alone; the unit test checks the client's own buffers for all three.)
    /// </summary>
    [Fact]
    public async Task No_pooled_buffer_holds_the_app_secret_after_fifty_calls_over_http()
    {
        const string UniqueSecret = "c0ntract0p00l0secret0000fedcba98";
        byte[] mark = [0xA5, 0x5A, 0xC3, 0x3C];
        var primed = RentAll();
        foreach (var buffer in primed)
        {
            buffer.AsSpan().Fill(0xA5);
            mark.CopyTo(buffer.AsSpan(buffer.Length - mark.Length));
        }

        ReturnAll(primed);
        await using var gateway = FakeJdGateway.Start(new FakeJdGatewayOptions { AppSecret = UniqueSecret, OrderCount = 20 });
        using var http = new HttpClient();
        var client = new JdClient(http, new JdClientOptions
        {
            Gateway = gateway.RouterJsonUri,
            AppKey = gateway.AppKey,
            AppSecret = UniqueSecret,
            AccessToken = gateway.AccessToken,
            VenderId = gateway.VenderId,
            Retry = new JdRetryOptions { MaxRetries = 0 },
        });
        var service = gateway.Data.ServiceOrders.First(s => s.ServiceStatus == 10005);
        for (var call = 0; call < 50; call++)
        {
            var parameters = new JsonObject
            {
                ["buId"] = gateway.VenderId,
                ["operatePin"] = "cs_agent_01",
                ["operateNick"] = new string('客', 1 + (call * 40)),
                ["serviceId"] = service.ServiceId,
                ["orderId"] = service.OrderId,
            };
            await client.InvokeRawAsync("jingdong.asc.query.view", parameters, JdOperationKind.Read);
        }

        var needle = Encoding.UTF8.GetBytes(UniqueSecret);
        var rented = RentAll();
        try
        {
            var marked = rented.Where(b => b.AsSpan(b.Length - mark.Length).SequenceEqual(mark)).ToList();
            Assert.True(marked.Count >= 100, $"only {marked.Count} of the pool's arrays came back marked");
            Assert.DoesNotContain(marked, b => b.AsSpan().IndexOf(needle) >= 0);
        }
        finally
        {
            ReturnAll(rented);
        }

        static List<byte[]> RentAll() => Enumerable.Range(0, 1_000).Select(i => ArrayPool<byte>.Shared.Rent(16 << (i % 13))).ToList();

        static void ReturnAll(List<byte[]> buffers) => buffers.ForEach(b => ArrayPool<byte>.Shared.Return(b));
    }


    /// <summary>Every text an exception carries that a caller might log: message, data, request id, codes and JD's words.</summary>
    private static IEnumerable<(string Where, string Text)> ExceptionTexts(Exception error)
    {
        yield return ("exception", error.ToString());
        yield return ("exception data", string.Join(" ", error.Data.Values.Cast<object?>()));
        yield return ("request id", (error as JdException)?.RequestId ?? string.Empty);
        switch (error)
        {
            case JdContractException contract:
                yield return ("BodyExcerpt", contract.BodyExcerpt ?? string.Empty);
                break;
            case JdBusinessException business:
                yield return ("business code and JdMessage", $"{business.Code} {business.JdMessage}");
                break;
            case JdGatewayException gatewayError:
                yield return ("gateway code and descriptions", $"{gatewayError.Code} {gatewayError.ChineseDescription} {gatewayError.EnglishDescription}");
                break;
        }
    }

    /// <summary>
    /// A proxy in front of the fake gateway that forwards each request over real HTTP and then rewrites the answer to
    /// reflect the request's own secrets.
    /// </summary>
    private sealed class ReflectingProxy(string appSecret) : DelegatingHandler(new SocketsHttpHandler())
    {
        public static readonly IReadOnlyList<string> Attacks =
        [
            """{"error_response":{"code":"{sign}","zh_desc":"x"}}""",
            """{"error_response":{"code":"{token}","zh_desc":"x"}}""",
            """{"error_response":{"code":"{secret}66","zh_desc":"x"}}""",
            """{"error_response":{"code":"66","zh_desc":"签名 {sign} 令牌 {token}","en_desc":"app_secret {secret}","request_id":"{token}"}}""",
            """{"error_response":{"code":"19","zh_desc":"{token}","en_desc":"expired {token}"}}""",
            """{"jingdong_asc_query_view_responce":{"result":{"success":false,"code":"{sign}","msg":"失败 {token} {secret}","errorCode":"{sign}","errorMsg":"{token}"}}}""",
            """{"{token}":{"code":"0"}}""",
            """<html><body>POST app_key=x&access_token={token}&sign={sign} secret {secret}</body></html>""",
        ];

        public string Attack { get; set; } = Attacks[0];

        public ConcurrentBag<string> Signs { get; } = [];

        public ConcurrentBag<string> TokensSent { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var form = (await request.Content!.ReadAsStringAsync(cancellationToken)).Split('&')
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => WebUtility.UrlDecode(pair[1]), StringComparer.Ordinal);
            Signs.Add(form["sign"]);
            TokensSent.Add(form["access_token"]);
            using var genuine = await base.SendAsync(request, cancellationToken);
            var reflected = Attack.Replace("{sign}", form["sign"], StringComparison.Ordinal)
                .Replace("{token}", form["access_token"], StringComparison.Ordinal)
                .Replace("{secret}", appSecret, StringComparison.Ordinal);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(reflected, Encoding.UTF8, "application/json") };
        }
    }
}
