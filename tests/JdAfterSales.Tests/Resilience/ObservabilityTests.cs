using System.Diagnostics;
using System.Text;
using JdAfterSales.Diagnostics;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace JdAfterSales.Tests.Resilience;

/// <summary>Logs, spans and metrics carry what operators need and none of the secrets.</summary>
[Collection(nameof(TelemetrySerialGroup))]
public sealed class ObservabilityTests
{
    private const string Secret = "S3cretS3cretS3cretS3cret00000009";
    private const string Token = "T0kenT0kenT0kenT0kenT0ken0000009";

    private static (JdClient Client, StubHandler Handler, FakeLogCollector Logs, FakeTimeProvider Time) Create(Func<int, string> body)
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var calls = 0;
        var handler = new StubHandler((_, _) => Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
        {
            Content = new StringContent(body(Interlocked.Increment(ref calls)), Encoding.UTF8, "application/json"),
        }));
        var options = TestClients.Options();
        options.AppSecret = Secret;
        options.AccessToken = Token;
        options.Retry = new JdRetryOptions { MaxRetries = 2 };
        var collector = new FakeLogCollector();
        var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        return (new JdClient(() => new HttpClient(handler), options, null, time, loggerFactory, () => 1.0), handler, collector, time);
    }

    [Fact]
    public async Task Events_have_stable_ids_and_no_secret_reaches_a_log_line_a_span_or_a_metric()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using (var tracer = Sdk.CreateTracerProviderBuilder().AddSource(JdTelemetry.SourceName).AddInMemoryExporter(spans).Build())
        using (var meter = Sdk.CreateMeterProviderBuilder().AddMeter(JdTelemetry.MeterName).AddInMemoryExporter(metrics).Build())
        {
            var (client, handler, logs, time) = Create(n => n switch
            {
                1 => """{"error_response":{"code":"66","zh_desc":"服务不可用 access_token=T0kenT0kenT0kenT0kenT0ken0000009"}}""",
                2 => """{"jingdong_x_responce":{"code":"0"}}""",
                _ => """{"jingdong_x_responce":{"result":{"success":false,"code":"E","msg":"app_secret=S3cretS3cretS3cretS3cret00000009"}}}""",
            });
            var call = client.SendAsync(new JdRawRequest("jingdong.asc.query.list", null, JdOperationKind.Read), new JdCallOptions { ShopId = "shop-42" });
            await FakeTimePump.RunAsync(time, call, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(1));
            await call;

            var business = await Assert.ThrowsAsync<JdBusinessException>(() => client.InvokeRawAsync("jingdong.asc.audit.refuse", null, JdOperationKind.Write));
            Assert.DoesNotContain(Secret, business.JdMessage, StringComparison.Ordinal);

            meter.ForceFlush();
            var signs = handler.Requests.Select(r => r.Form["sign"]).ToList();

            var records = logs.GetSnapshot();
            Assert.Contains(records, r => r.Id.Id == 1003 && r.Id.Name == "RetryScheduled");
            Assert.Contains(records, r => r.Id.Id == 1001 && r.Id.Name == "CallSucceeded");
            var texts = records.Select(r => r.Message + string.Join(",", r.StructuredState ?? []))
                .Concat(spans.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}")).Concat(spans.Select(s => s.DisplayName)))
                .Concat(metrics.Select(m => m.Name))
                .ToList();
            foreach (var text in texts)
            {
                Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
                Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
                Assert.All(signs, sign => Assert.DoesNotContain(sign, text, StringComparison.Ordinal));
            }

            var span = Assert.Single(spans, s => s.DisplayName == "JD jingdong.asc.query.list");
            Assert.Equal(ActivityKind.Client, span.Kind);
            Assert.Equal(2, span.GetTagItem("jd.attempts"));
            Assert.Equal(JdTelemetry.ShopHash("shop-42"), span.GetTagItem("jd.shop.hash"));
            Assert.NotEqual("shop-42", span.GetTagItem("jd.shop.hash"));
            Assert.Equal(ActivityStatusCode.Ok, span.Status);

            var names = metrics.Select(m => m.Name).ToHashSet();
            Assert.Contains(JdTelemetry.CallsInstrument, names);
            Assert.Contains(JdTelemetry.RetriesInstrument, names);
            Assert.Contains(JdTelemetry.DurationInstrument, names);
        }
    }

    [Fact]
    public async Task A_failed_call_is_an_error_span_with_layer_and_code_and_counts_an_error()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource(JdTelemetry.SourceName).AddInMemoryExporter(spans).Build();
        using var meter = Sdk.CreateMeterProviderBuilder().AddMeter(JdTelemetry.MeterName).AddInMemoryExporter(metrics).Build();
        var (client, _, logs, _) = Create(_ => """{"error_response":{"code":"12","zh_desc":"无效签名"}}""");

        await Assert.ThrowsAsync<JdGatewayException>(() => client.InvokeRawAsync("jingdong.y", null, JdOperationKind.Read));
        meter!.ForceFlush();

        var span = Assert.Single(spans, s => s.DisplayName == "JD jingdong.y");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("gateway", span.GetTagItem("jd.error.layer"));
        Assert.Equal("12", span.GetTagItem("jd.error.code"));
        Assert.Contains(metrics, m => m.Name == JdTelemetry.ErrorsInstrument);
        var failure = Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 1002);
        Assert.Equal(LogLevel.Warning, failure.Level);
    }
}

[CollectionDefinition(nameof(TelemetrySerialGroup), DisableParallelization = true)]
public sealed class TelemetrySerialGroup;
