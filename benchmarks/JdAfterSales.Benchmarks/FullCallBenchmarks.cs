using System.Net;
using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using JdAfterSales.AfterSales;
using JdAfterSales.Gateway;

namespace JdAfterSales.Benchmarks;

/// <summary>
/// One whole call through <see cref="JdClient"/> with its default options (retries on; the handler never fails, so
/// none happens) against an in-process handler that answers canned bytes, versus the same <see cref="HttpClient"/>
/// posting pre-built bytes and reading the answer's bytes (category <c>vs-bytes</c>), and versus that plus
/// <see cref="JdEnvelopeReader"/> into the same model (category <c>vs-bytes+reader</c>): reading the payload is
/// work the bytes-only path does not do, so the second ratio is the client's own overhead (signing, retry
/// pipeline, telemetry, deadlines).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FullCallBenchmarks : IDisposable
{
    private const int Items = 10;

    private CannedHandler _handler = null!;
    private HttpClient _httpClient = null!;
    private JdClient _client = null!;
    private ListServicesRequest _request = null!;
    private byte[] _prebuiltBody = null!;

    [GlobalSetup]
    public void Setup()
    {
        _handler = new CannedHandler(Fixtures.ServiceListBody(Items));
        _httpClient = new HttpClient(_handler, disposeHandler: true);
        _client = new JdClient(
            _httpClient,
            new JdClientOptions
            {
                AppKey = Fixtures.AppKey, AppSecret = Fixtures.AppSecret, AccessToken = Fixtures.AccessToken,
                VenderId = "10001234", OperatorPin = "zhangsan", OperatorNick = "张三",
            },
            timeProvider: new FixedTimeProvider(Fixtures.Timestamp));
        _request = new ListServicesRequest { PageSize = Items };

        _handler.Capture = true;
        Check.Equal(Items, Client().GetAwaiter().GetResult(), "items read through JdClient");
        _handler.Capture = false;
        _prebuiltBody = _handler.LastBody ?? throw new BenchmarkCheckException("the client sent no body");
        var form = FormBody.Decode(_prebuiltBody);
        Check.Equal(Fixtures.ListMethod, form["method"], "method sent");
        Check.Equal(
            "{\"buId\":\"10001234\",\"operatePin\":\"zhangsan\",\"operateNick\":\"张三\",\"pageNumber\":1,\"pageSize\":10}",
            form["360buy_param_json"],
            "360buy_param_json sent");
        var signed = form.Where(p => p.Key != "sign").Select(p => new KeyValuePair<string, string?>(p.Key, p.Value));
        Check.Equal(JdSigner.ComputeSign(signed, Fixtures.AppSecret), form["sign"], "sign sent");
        Check.True(BareHttpClient().GetAwaiter().GetResult() > 0, "bare HttpClient read nothing");
        Check.Equal(Items, BareHttpClientAndReader().GetAwaiter().GetResult(), "items read by bare HttpClient + reader");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _httpClient.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "bare HttpClient, bytes in/out")]
    [BenchmarkCategory("vs-bytes")]
    public async Task<int> BareHttpClient()
    {
        var body = await PostPrebuiltAsync();
        return body.Length;
    }

    [Benchmark(Description = "JdClient.AfterSales.ListServicesAsync")]
    [BenchmarkCategory("vs-bytes")]
    public Task<int> ClientVsBytes() => Client();

    [Benchmark(Baseline = true, Description = "bare HttpClient + JdEnvelopeReader")]
    [BenchmarkCategory("vs-bytes+reader")]
    public async Task<int> BareHttpClientAndReader()
    {
        var body = await PostPrebuiltAsync();
        var payload = JdEnvelopeReader.ReadPayload(body, Fixtures.ListMethod, AfterSalesJsonContext.Default.AscListPayloadServiceBriefPage);
        return payload.PageResult!.Data.Count;
    }

    [Benchmark(Description = "JdClient.AfterSales.ListServicesAsync")]
    [BenchmarkCategory("vs-bytes+reader")]
    public async Task<int> Client()
    {
        var page = await _client.AfterSales.ListServicesAsync(_request);
        return page.Items.Count;
    }

    private async Task<byte[]> PostPrebuiltAsync()
    {
        using var content = new ByteArrayContent(_prebuiltBody);
        // A new header value per call, as the client does: the same work on both sides.
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, JdGateways.Production) { Content = content };
        using var response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Answers every request with the same bytes, without sockets; records one body on request.</summary>
    private sealed class CannedHandler(byte[] response) : HttpMessageHandler
    {
        public bool Capture { get; set; }

        public byte[]? LastBody { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Capture)
            {
                LastBody = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            }

            var content = new ByteArrayContent(response);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }
    }
}
