using System.Collections.Concurrent;
using System.Diagnostics;
using JdAfterSales.AfterSales;
using JdAfterSales.ContractTests.Support;
using JdAfterSales.Diagnostics;
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
/// text or a span.
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
        var held = client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(data.RefundApplications.First(r => r.Status == 0).Id, "同意"));
        await fixture.RunPastAttemptTimeoutAsync(held, gateway.Journal.Count);
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
        var texts = new List<(string Where, string Text)>();
        foreach (var error in errors)
        {
            texts.Add(("exception", error.ToString()));
            texts.Add(("exception data", string.Join(" ", error.Data.Values.Cast<object?>())));
            switch (error)
            {
                case JdContractException contract:
                    texts.Add(("BodyExcerpt", contract.BodyExcerpt ?? string.Empty));
                    break;
                case JdBusinessException business:
                    texts.Add(("JdMessage", business.JdMessage ?? string.Empty));
                    break;
                case JdGatewayException gatewayError:
                    texts.Add(("descriptions", $"{gatewayError.ChineseDescription} {gatewayError.EnglishDescription}"));
                    break;
            }
        }

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
}
