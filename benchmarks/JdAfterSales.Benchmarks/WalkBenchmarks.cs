using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using JdAfterSales.AfterSales;

namespace JdAfterSales.Benchmarks;

/// <summary>
/// Walking 1,000 and 10,000 service orders through <see cref="AfterSalesClient.ListAllServicesAsync"/> against an
/// in-process handler that serves pages of 50. Each benchmark counts one operation per service order, so the columns
/// are per item: time and allocations per item should stay flat as the walk grows (nothing kept per item beyond the
/// walk's id set).
/// </summary>
[MemoryDiagnoser]
public class WalkBenchmarks : IDisposable
{
    private const int PageSize = 50;

    private HttpClient _small = null!;
    private HttpClient _large = null!;
    private JdClient _smallClient = null!;
    private JdClient _largeClient = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_small, _smallClient) = Create(1_000);
        (_large, _largeClient) = Create(10_000);
        Check.Equal(1_000, WalkCount(_smallClient).GetAwaiter().GetResult(), "items walked of 1,000");
        Check.Equal(10_000, WalkCount(_largeClient).GetAwaiter().GetResult(), "items walked of 10,000");
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _small.Dispose();
        _large.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 1_000, Description = "walk 1,000 (per item)")]
    public Task<long> Walk1000() => WalkChecksum(_smallClient);

    [Benchmark(OperationsPerInvoke = 10_000, Description = "walk 10,000 (per item)")]
    public Task<long> Walk10000() => WalkChecksum(_largeClient);

    private static async Task<long> WalkChecksum(JdClient client)
    {
        var sum = 0L;
        await foreach (var service in client.AfterSales.ListAllServicesAsync(new ListServicesRequest { PageSize = PageSize }))
        {
            sum += service.ServiceId;
        }

        return sum;
    }

    private static async Task<int> WalkCount(JdClient client)
    {
        var count = 0;
        await foreach (var _ in client.AfterSales.ListAllServicesAsync(new ListServicesRequest { PageSize = PageSize }))
        {
            count++;
        }

        return count;
    }

    private static (HttpClient Http, JdClient Client) Create(int total)
    {
        var http = new HttpClient(new PagedHandler(total), disposeHandler: true);
        var client = new JdClient(
            http,
            new JdClientOptions
            {
                AppKey = Fixtures.AppKey, AppSecret = Fixtures.AppSecret, AccessToken = Fixtures.AccessToken,
                VenderId = "10001234", OperatorPin = "zhangsan", OperatorNick = "张三",
            },
            timeProvider: new FixedTimeProvider(Fixtures.Timestamp));
        return (http, client);
    }

    /// <summary>Serves page N of a list of <c>total</c> service orders, from bodies made once.</summary>
    private sealed class PagedHandler : HttpMessageHandler
    {
        private readonly byte[][] _pages;

        public PagedHandler(int total)
        {
            var pages = (total + PageSize - 1) / PageSize;
            _pages = new byte[pages][];
            var template = JsonNode.Parse(Fixtures.ServiceListBody(PageSize))!;
            for (var page = 1; page <= pages; page++)
            {
                var body = template.DeepClone();
                var result = body["jingdong_asc_query_list_responce"]!["pageResult"]!;
                result["pageNumber"] = page;
                result["totalCount"] = total;
                var data = result["data"]!.AsArray();
                for (var i = 0; i < data.Count; i++)
                {
                    data[i]!["serviceId"] = 1_000_000_000_000L + ((page - 1) * PageSize) + i;
                }

                _pages[page - 1] = System.Text.Encoding.UTF8.GetBytes(body.ToJsonString());
            }
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var form = FormBody.Decode(await request.Content!.ReadAsByteArrayAsync(cancellationToken));
            var page = JsonNode.Parse(form["360buy_param_json"])!["pageNumber"]!.GetValue<int>();
            var content = new ByteArrayContent(_pages[page - 1]);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }
    }
}
