using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JdAfterSales.Orders;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Orders;

public sealed class OrdersClientTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset May1 = new(2024, 5, 1, 0, 0, 0, Beijing);

    [Fact]
    public async Task The_search_fixture_reads_money_as_decimals_and_states_as_codes()
    {
        var handler = StubHandler.Bytes(Vectors.Response("pop.order.search.success.json"));
        var page = await TestClients.Create(handler).Orders.SearchAsync(new SearchOrdersRequest
        {
            States = [OrderState.WaitGoodsReceiveConfirm],
            StartDate = May1,
            EndDate = May1.AddDays(30),
        });

        var order = Assert.Single(page.Items);
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(300000000001, order.OrderId);
        Assert.Equal(299.00m, order.TotalPrice);
        Assert.Equal(289.00m, order.Payment);
        Assert.Equal(10.00m, order.SellerDiscount);
        Assert.Equal(OrderState.WaitGoodsReceiveConfirm, order.State);
        Assert.Equal("等待确认收货", order.State!.Value.ChineseName);
        Assert.Equal(new DateTimeOffset(2024, 5, 18, 10, 2, 33, Beijing), order.StartTime);
        Assert.Equal("JDV000123450000", order.Waybill);
        Assert.Equal(72, order.Consignee!.CityId);
        var item = Assert.Single(order.Items);
        Assert.Equal(100012345678, item.SkuId);
        Assert.Equal(299.00m, item.JdPrice);
        Assert.Equal(1, item.Quantity);

        var sent = JsonNode.Parse(Assert.Single(handler.Requests).Form["360buy_param_json"])!.AsObject();
        Assert.Equal("2024-05-01 00:00:00", (string?)sent["start_date"]);
        Assert.Equal("2024-05-31 00:00:00", (string?)sent["end_date"]);
        Assert.Equal("WAIT_GOODS_RECEIVE_CONFIRM", (string?)sent["order_state"]);
        Assert.Equal(string.Join(',', OrderField.All.Select(f => f.WireName)), (string?)sent["optional_fields"]);
        Assert.Equal("100", (string?)sent["page_size"]);
    }

    [Fact]
    public async Task Api_result_failure_is_a_business_error_with_the_number_code_and_chinese_message()
    {
        var client = TestClients.Create(StubHandler.Bytes(Vectors.Response("pop.order.search.business-failure.json")));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => client.Orders.SearchAsync(new SearchOrdersRequest
        {
            States = [OrderState.Finished],
            StartDate = May1,
            EndDate = May1.AddDays(1),
        }));
        Assert.Equal("10100004", error.Code);
        Assert.Equal("查询时间跨度不能超过一个月", error.JdMessage);
    }

    public static TheoryData<string, SearchOrdersRequest> BadSearches => new()
    {
        { "page_size", new SearchOrdersRequest { States = [OrderState.Finished], StartDate = May1, EndDate = May1.AddDays(1), PageSize = 101 } },
        { "end_date", new SearchOrdersRequest { States = [OrderState.Finished], StartDate = May1, EndDate = May1.AddMonths(1).AddSeconds(1) } },
        { "end_date", new SearchOrdersRequest { States = [OrderState.Finished], StartDate = May1, EndDate = May1.AddSeconds(-1) } },
        { "order_state", new SearchOrdersRequest { States = [], StartDate = May1, EndDate = May1.AddDays(1) } },
        { "start_date", new SearchOrdersRequest { States = [OrderState.Finished] } },
        { "optional_fields", new SearchOrdersRequest { States = [OrderState.Finished], StartDate = May1, EndDate = May1.AddDays(1), Fields = [] } },
        { "page", new SearchOrdersRequest { States = [OrderState.Finished], StartDate = May1, EndDate = May1.AddDays(1), PageNumber = 0 } },
    };

    [Theory]
    [MemberData(nameof(BadSearches))]
    public async Task Searches_that_break_jds_rules_are_refused_before_sending(string field, SearchOrdersRequest request)
    {
        var handler = StubHandler.Json("{}");
        var error = await Assert.ThrowsAsync<JdValidationException>(() => TestClients.Create(handler).Orders.SearchAsync(request));
        Assert.Equal(field, error.Field);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Waiting_to_ship_orders_may_be_searched_without_dates() =>
        await TestClients.Create(StubHandler.Bytes(Vectors.Response("pop.order.search.success.json"))).Orders.SearchAsync(
            new SearchOrdersRequest { States = [OrderState.WaitSellerStockOut], Fields = [OrderField.OrderId] });

    /// <summary>
    /// Three months, 1,000 orders, against a stub that enforces JD's one-month window and page size, and whose
    /// windows include both ends (so boundary orders come twice): each order is yielded exactly once.
    /// </summary>
    [Fact]
    public async Task A_three_month_range_is_walked_in_windows_each_order_once()
    {
        var start = new DateTimeOffset(2024, 3, 1, 0, 0, 0, Beijing);
        var end = start.AddMonths(3);
        var orders = Enumerable.Range(0, 1000)
            .Select(i => (Id: 300000000000L + i, Modified: i % 97 == 0 ? start.AddMonths(1 + (i % 2)) : start.AddMinutes(i * 131 % (int)(end - start).TotalMinutes)))
            .ToList();
        var handler = new StubHandler(async (request, token) =>
        {
            var form = FormDecoding.Decode(await request.Content!.ReadAsStringAsync(token));
            var p = JsonNode.Parse(form["360buy_param_json"])!;
            var from = DateTimeOffset.ParseExact((string)p["start_date"]! + "+08:00", "yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture);
            var to = DateTimeOffset.ParseExact((string)p["end_date"]! + "+08:00", "yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture);
            var page = int.Parse((string)p["page"]!, CultureInfo.InvariantCulture);
            var size = int.Parse((string)p["page_size"]!, CultureInfo.InvariantCulture);
            Assert.True(to <= from.AddMonths(1), "window over one month");
            Assert.InRange(size, 1, 100);
            var matches = orders.Where(o => o.Modified >= from && o.Modified <= to).OrderBy(o => o.Modified).ThenBy(o => o.Id).ToList();
            var body = new StringBuilder("""{"jingdong_pop_order_search_responce":{"code":"0","searchorderinfo_result":{"apiResult":{"success":true},"orderTotal":""");
            body.Append(matches.Count).Append(""","orderInfoList":[""");
            body.AppendJoin(',', matches.Skip((page - 1) * size).Take(size).Select(o => $$"""{"orderId":"{{o.Id}}","modified":"{{o.Modified:yyyy-MM-dd HH:mm:ss}}"}"""));
            body.Append("]}}}");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body.ToString(), Encoding.UTF8) };
        });

        var walked = await TestClients.Create(handler).Orders
            .SearchAllAsync(new SearchOrdersRequest { States = OrderState.All, StartDate = start, EndDate = end })
            .Select(o => o.OrderId)
            .ToListAsync();

        Assert.Equal(orders.Select(o => o.Id).Order(), walked.Order());
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.True(handler.Requests.Count >= 12, "three windows of at least four pages each");
    }

    [Fact]
    public async Task Get_reads_order_detail_info_and_an_unknown_order_is_a_business_error()
    {
        var client = TestClients.Create(StubHandler.Json("""{"jingdong_pop_order_get_responce":{"code":"0","orderDetailInfo":{"apiResult":{"success":true},"orderInfo":{"orderId":"300000000009","orderState":"FINISHED_L","orderPayment":"59.50"}}}}"""));
        var order = await client.Orders.GetAsync(new GetOrderRequest { OrderId = 300000000009, Fields = [OrderField.OrderId, OrderField.OrderState, OrderField.OrderPayment] });
        Assert.Equal(OrderState.Finished, order.State);
        Assert.Equal(59.50m, order.Payment);

        var failing = TestClients.Create(StubHandler.Json("""{"jingdong_pop_order_get_responce":{"code":"0","orderDetailInfo":{"apiResult":{"success":false,"chineseErrCode":"订单不存在","numberCode":10100005},"orderInfo":""}}}"""));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => failing.Orders.GetAsync(new GetOrderRequest { OrderId = 1 }));
        Assert.Equal("10100005", error.Code);
    }

    [Fact]
    public async Task The_vender_remark_is_a_write_with_its_flag()
    {
        var handler = StubHandler.Bytes(Vectors.Response("pop.order.modifyVenderRemark.success.json"));
        var result = await TestClients.Create(handler).Orders.ModifyVenderRemarkAsync(new ModifyVenderRemarkRequest { OrderId = 300000000001, Remark = "已联系客户 & 退货", Flag = VenderRemarkColor.Red });
        Assert.Equal("0", result.Code);
        Assert.Equal("成功", result.Message);

        // JD's SDK classes declare order_id a number (JAVA-NEW, DOC-PHP), not a string.
        var p = JsonDocument.Parse(Assert.Single(handler.Requests).Form["360buy_param_json"]).RootElement;
        Assert.Equal(JsonValueKind.Number, p.GetProperty("order_id").ValueKind);
        Assert.Equal(300000000001, p.GetProperty("order_id").GetInt64());
        Assert.Equal(1, p.GetProperty("flag").GetInt32());
        Assert.Equal("已联系客户 & 退货", p.GetProperty("remark").GetString());
        Assert.Equal(JdAfterSales.JdOperationKind.Write, new ModifyVenderRemarkRequest { OrderId = 1, Remark = "x" }.OperationKind);
    }

    [Fact]
    public void Unknown_order_states_survive()
    {
        var state = OrderState.FromValue("NEW_STATE_2027");
        Assert.False(state.IsKnown);
        Assert.Null(state.ChineseName);
        Assert.Equal("NEW_STATE_2027", state.ToString());
    }

    [Fact]
    public async Task A_refused_vender_remark_reads_the_snake_case_result()
    {
        var client = TestClients.Create(StubHandler.Bytes(Vectors.Response("pop.order.modifyVenderRemark.failure.json")));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() =>
            client.Orders.ModifyVenderRemarkAsync(new ModifyVenderRemarkRequest { OrderId = 1, Remark = "x" }));
        Assert.Equal("10100003", error.Code);
        Assert.Equal("订单不存在或不属于该商家", error.JdMessage);
    }

    [Fact]
    public async Task A_vender_remark_answered_without_its_result_is_an_unknown_outcome()
    {
        var client = TestClients.Create(StubHandler.Json("""{"jingdong_pop_order_modifyVenderRemark_responce":{"code":"0"}}"""));
        var error = await Assert.ThrowsAsync<JdContractException>(() =>
            client.Orders.ModifyVenderRemarkAsync(new ModifyVenderRemarkRequest { OrderId = 1, Remark = "x" }));
        Assert.Equal(JdDeliveryState.Delivered, error.Delivery);
        Assert.Contains("outcome is unknown", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_sends_order_id_as_a_number()
    {
        var handler = StubHandler.Json("""{"jingdong_pop_order_get_responce":{"code":"0","orderDetailInfo":{"apiResult":{"success":true},"orderInfo":{"orderId":"300000000009"}}}}""");
        await TestClients.Create(handler).Orders.GetAsync(new GetOrderRequest { OrderId = 300000000009, Fields = [OrderField.OrderId] });
        var p = JsonDocument.Parse(Assert.Single(handler.Requests).Form["360buy_param_json"]).RootElement;
        Assert.Equal(JsonValueKind.Number, p.GetProperty("order_id").ValueKind);
        Assert.Equal("orderId", p.GetProperty("optional_fields").GetString());
    }

    [Fact]
    public async Task Get_answered_without_the_order_is_a_contract_error_not_a_null()
    {
        var client = TestClients.Create(StubHandler.Json("""{"jingdong_pop_order_get_responce":{"code":"0","orderDetailInfo":{"apiResult":{"success":true}}}}"""));
        var error = await Assert.ThrowsAsync<JdContractException>(() => client.Orders.GetAsync(new GetOrderRequest { OrderId = 1 }));
        Assert.Contains("orderInfo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_read_without_its_item_list_has_no_items_not_a_null()
    {
        // optional_fields did not ask for itemInfoList, so JD leaves it out.
        var client = TestClients.Create(StubHandler.Json("""{"jingdong_pop_order_get_responce":{"code":"0","orderDetailInfo":{"apiResult":{"success":true},"orderInfo":{"orderId":"300000000009","orderState":"FINISHED_L"}}}}"""));
        var order = await client.Orders.GetAsync(new GetOrderRequest { OrderId = 300000000009, Fields = [OrderField.OrderId, OrderField.OrderState] });
        Assert.NotNull(order.Items);
        Assert.Empty(order.Items);
    }

    [Fact]
    public async Task Null_orders_in_a_page_are_skipped()
    {
        var client = TestClients.Create(StubHandler.Json("""{"jingdong_pop_order_search_responce":{"code":"0","searchorderinfo_result":{"apiResult":{"success":true},"orderTotal":2,"orderInfoList":[null,{"orderId":"300000000009"}]}}}"""));
        var page = await client.Orders.SearchAsync(new SearchOrdersRequest { States = [OrderState.Finished], StartDate = May1, EndDate = May1.AddDays(1) });
        Assert.Equal(300000000009, Assert.Single(page.Items).OrderId);
    }
}
