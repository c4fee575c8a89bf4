using System.Globalization;

namespace JdAfterSales.Testing.Tests;

public sealed class PagingTests : IDisposable
{
    private readonly JosTestClient _client;

    public PagingTests()
    {
        var (gateway, _) = GatewayFixtures.Start();
        _client = new JosTestClient(gateway);
    }

    [Fact]
    public async Task Asc_query_list_pages_walk_every_service_exactly_once()
    {
        var seen = new List<long>();
        for (var page = 1; ; page++)
        {
            var body = await _client.AscAsync("jingdong.asc.query.list", new() { ["pageNumber"] = page, ["pageSize"] = 7 });
            var result = JosTestClient.Payload(body, "jingdong.asc.query.list").GetProperty("pageResult");
            Assert.Equal(_client.Gateway.Data.ServiceOrders.Count, result.GetProperty("totalCount").GetInt32());
            // Like JD, a page with nothing on it carries no "data" at all.
            if (!result.TryGetProperty("data", out var data))
            {
                break;
            }

            var items = data.EnumerateArray().Select(i => i.GetProperty("serviceId").GetInt64()).ToList();
            Assert.NotEmpty(items);

            seen.AddRange(items);
        }

        Assert.Equal(_client.Gateway.Data.ServiceOrders.Select(s => s.ServiceId).Order(), seen.Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Asc_filters_match_the_data_set()
    {
        var data = _client.Gateway.Data;
        var body = await _client.AscAsync("jingdong.asc.query.list", new()
        {
            ["serviceStatus"] = 10001,
            ["applyTimeBegin"] = data.Anchor.AddHours(-30).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["applyTimeEnd"] = data.Anchor.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["pageSize"] = 50,
        });
        var expected = data.ServiceOrders.Count(s => s.ServiceStatus == 10001 && s.ApplyTime >= data.Anchor.AddHours(-30));
        Assert.Equal(expected, JosTestClient.Payload(body, "jingdong.asc.query.list").GetProperty("pageResult").GetProperty("totalCount").GetInt32());

        var audit = await _client.AscAsync("jingdong.asc.audit.list", new() { ["timeoutFlag"] = true, ["pageSize"] = 50 });
        var overdue = data.ServiceOrders.Count(s => s.ServiceStatus is 10001 or 10002 && s.AuditDeadline < data.Anchor);
        Assert.Equal(overdue, JosTestClient.Payload(audit, "jingdong.asc.audit.list").GetProperty("pageResult").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Refund_pages_walk_every_application_exactly_once()
    {
        var seen = new List<long>();
        for (var page = 1; page <= 100; page++)
        {
            var body = await _client.CallAsync("jingdong.pop.afs.soa.refundapply.queryPageList", new { pageIndex = page, pageSize = 9 });
            var items = JosTestClient.Payload(body, "jingdong.pop.afs.soa.refundapply.queryPageList").GetProperty("queryResult").GetProperty("result");
            if (items.GetArrayLength() == 0)
            {
                break;
            }

            seen.AddRange(items.EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        }

        Assert.Equal(_client.Gateway.Data.RefundApplications.Select(r => r.Id).Order(), seen.Order());
    }

    [Fact]
    public async Task Order_search_walks_a_month_and_refuses_a_longer_window()
    {
        var anchor = _client.Gateway.Data.Anchor;
        string Date(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var states = "WAIT_SELLER_STOCK_OUT,WAIT_GOODS_RECEIVE_CONFIRM,FINISHED_L,TRADE_CANCELED,LOCKED";
        var seen = new List<string>();
        for (var page = 1; ; page++)
        {
            var body = await _client.CallAsync("jingdong.pop.order.search", new
            {
                start_date = Date(anchor.AddDays(-30)), end_date = Date(anchor), order_state = states,
                optional_fields = "orderId,orderState,orderPayment", page, page_size = 25, dateType = 1, sortType = 1,
            });
            var result = JosTestClient.Payload(body, "jingdong.pop.order.search").GetProperty("searchorderinfo_result");
            Assert.True(result.GetProperty("apiResult").GetProperty("success").GetBoolean());
            var items = result.GetProperty("orderInfoList").EnumerateArray().ToList();
            if (items.Count == 0)
            {
                break;
            }

            Assert.All(items, i => Assert.False(i.TryGetProperty("consigneeInfo", out _)));
            seen.AddRange(items.Select(i => i.GetProperty("orderId").GetString()!));
        }

        var expected = _client.Gateway.Data.Orders.Where(o => o.OrderStartTime >= anchor.AddDays(-30)).Select(o => o.OrderId.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected.Order(), seen.Order());

        var tooLong = await _client.CallAsync("jingdong.pop.order.search", new
        {
            start_date = Date(anchor.AddDays(-40)), end_date = Date(anchor), order_state = "FINISHED_L",
            optional_fields = "orderId", page = 1, page_size = 10,
        });
        var refused = JosTestClient.Payload(tooLong, "jingdong.pop.order.search").GetProperty("searchorderinfo_result");
        Assert.False(refused.GetProperty("apiResult").GetProperty("success").GetBoolean());
        Assert.Equal(0, refused.GetProperty("orderInfoList").GetArrayLength());
    }

    public void Dispose()
    {
        _client.Gateway.Dispose();
        _client.Dispose();
    }
}
