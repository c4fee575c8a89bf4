using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JdAfterSales.AfterSales;
using JdAfterSales.Refunds;
using JdAfterSales.Tests.AfterSales;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Refunds;

/// <summary>The refund walker splits a large range into time windows JD can serve (page 100 of 50 at most).</summary>
public sealed class RefundWalkTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset RangeStart = new(2024, 5, 1, 0, 0, 0, Beijing);
    private static readonly DateTimeOffset RangeEnd = new(2024, 5, 11, 0, 0, 0, Beijing);

    /// <summary>A fake queryPageList: filters by apply time (both ends inclusive, as JD does), serves pages by id, refuses page 101.</summary>
    private sealed class RefundStub
    {
        private readonly IReadOnlyList<(long Id, DateTimeOffset ApplyTime)> _data;

        public RefundStub(IReadOnlyList<(long Id, DateTimeOffset ApplyTime)> data)
        {
            _data = data;
            Handler = new StubHandler(RespondAsync);
        }

        public StubHandler Handler { get; }

        public List<(DateTimeOffset Start, DateTimeOffset End, int PageNumber, int PageSize)> Calls { get; } = [];

        public int ServedRows { get; private set; }

        private async Task<HttpResponseMessage> RespondAsync(HttpRequestMessage request, CancellationToken token)
        {
            var form = FormDecoding.Decode(await request.Content!.ReadAsStringAsync(token));
            var parameters = JsonNode.Parse(form["360buy_param_json"])!;
            var start = Parse((string)parameters["applyTimeStart"]!);
            var end = Parse((string)parameters["applyTimeEnd"]!);
            var pageIndex = (int)parameters["pageIndex"]!;
            var pageSize = (int)parameters["pageSize"]!;
            Calls.Add((start, end, pageIndex, pageSize));
            if (pageIndex > 100 || pageSize > 50)
            {
                return Json("""{"jingdong_pop_afs_soa_refundapply_queryPageList_responce":{"code":"0","queryResult":{"success":false,"errorCode":"E_PARAM","errorMsg":"pageIndex 超出范围","totalCount":0,"result":[]}}}""");
            }

            var matches = _data.Where(r => r.ApplyTime >= start && r.ApplyTime <= end).OrderBy(r => r.Id).ToList();
            var page = matches.Skip((pageIndex - 1) * pageSize).Take(pageSize).ToList();
            ServedRows += page.Count;
            var items = page.Select(r => $$$$"""{"id":{{{{r.Id}}}},"status":0,"applyTime":"{{{{r.ApplyTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}}}}","orderId":"{{{{r.Id + 1}}}}"}""");
            return Json($$$$"""{"jingdong_pop_afs_soa_refundapply_queryPageList_responce":{"code":"0","queryResult":{"success":true,"errorCode":"","errorMsg":"","totalCount":{{{{matches.Count}}}},"result":[{{{{string.Join(",", items)}}}}]}}}""");
        }

        private static DateTimeOffset Parse(string text) =>
            new(DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Beijing);

        private static HttpResponseMessage Json(string body) => new(HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
    }

    private static List<(long Id, DateTimeOffset ApplyTime)> Data()
    {
        // 9,000 applications spread over ten days, plus a rush of 6,000 within one minute (more than one filter serves), all on whole seconds.
        var random = new Random(20240520);
        var data = new List<(long, DateTimeOffset)>();
        var id = 8_000_000_000L;
        for (var i = 0; i < 9000; i++)
        {
            data.Add((id++, RangeStart.AddSeconds(random.Next(0, 10 * 24 * 3600))));
        }

        var rush = new DateTimeOffset(2024, 5, 6, 20, 0, 0, Beijing);
        for (var i = 0; i < 6000; i++)
        {
            data.Add((id++, rush.AddSeconds(random.Next(0, 60))));
        }

        return data;
    }

    [Fact]
    public async Task A_large_range_is_split_into_windows_jd_can_serve_and_each_application_is_yielded_once()
    {
        var data = Data();
        var stub = new RefundStub(data);
        var client = TestClients.Create(stub.Handler, AscKit.Options());

        var walked = new List<long>();
        await foreach (var refund in client.Refunds.ListAllAsync(new ListRefundsRequest { ApplyTimeStart = RangeStart, ApplyTimeEnd = RangeEnd }))
        {
            walked.Add(refund.Id);
        }

        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal(data.Select(r => r.Id).Order(), walked.Order());
        Assert.All(stub.Calls, c => Assert.InRange(c.PageNumber, 1, 100));
        Assert.All(stub.Calls, c => Assert.Equal(50, c.PageSize));
        Assert.All(stub.Calls, c => Assert.True(c.Start >= RangeStart && c.End <= RangeEnd && c.Start <= c.End));
        // The rush of 6,000 in one minute cannot be one filter: the windows around it are a few minutes at most.
        Assert.True(stub.Calls.Min(c => c.End - c.Start) < TimeSpan.FromMinutes(3), $"narrowest window {stub.Calls.Min(c => c.End - c.Start)}");
        Assert.True(stub.Calls.Select(c => (c.Start, c.End)).Distinct().Count() > 10);
        Assert.True(stub.ServedRows > data.Count, "windows share their boundary second, so some rows are served twice and yielded once");
        Assert.Equal(RangeStart, stub.Calls[0].Start);
        Assert.Equal(RangeEnd, stub.Calls[^1].End);
    }

    [Fact]
    public async Task A_small_range_is_one_window()
    {
        var data = Enumerable.Range(0, 120).Select(i => (8_000_000_000L + i, RangeStart.AddMinutes(i))).ToList();
        var stub = new RefundStub(data);
        var client = TestClients.Create(stub.Handler, AscKit.Options());

        var walked = new List<long>();
        await foreach (var refund in client.Refunds.ListAllAsync(new ListRefundsRequest { ApplyTimeStart = RangeStart, ApplyTimeEnd = RangeEnd, Status = RefundStatus.Pending }))
        {
            walked.Add(refund.Id);
        }

        Assert.Equal(120, walked.Count);
        Assert.Equal([1, 2, 3], stub.Calls.Select(c => c.PageNumber));
        Assert.All(stub.Calls, c => Assert.Equal((RangeStart, RangeEnd), (c.Start, c.End)));
        Assert.All(stub.Handler.Requests, r => Assert.Contains("\"status\":0", r.Form["360buy_param_json"], StringComparison.Ordinal));
    }

    [Fact]
    public async Task More_than_jd_serves_within_one_second_is_an_error_not_a_silent_gap()
    {
        var second = new DateTimeOffset(2024, 5, 3, 10, 0, 0, Beijing);
        var data = Enumerable.Range(0, 5001).Select(i => (8_000_000_000L + i, second)).ToList();
        var stub = new RefundStub(data);
        var client = TestClients.Create(stub.Handler, AscKit.Options());

        var error = await Assert.ThrowsAsync<JdValidationException>(async () =>
        {
            await foreach (var _ in client.Refunds.ListAllAsync(new ListRefundsRequest { ApplyTimeStart = second.AddHours(-1), ApplyTimeEnd = second.AddHours(1) }))
            {
            }
        });

        Assert.Equal("applyTimeStart", error.Field);
        Assert.All(stub.Calls, c => Assert.InRange(c.PageNumber, 1, 100));
    }
}
