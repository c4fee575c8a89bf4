using System.Globalization;
using System.Text;
using JdAfterSales.Orders;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Orders;

public sealed class OrdersClientTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private static OrderSearchQuery May2024 => new()
    {
        Start = new DateTimeOffset(2024, 5, 1, 0, 0, 0, Beijing),
        End = new DateTimeOffset(2024, 5, 20, 0, 0, 0, Beijing),
        States = [OrderState.WaitGoodsReceiveConfirm, OrderState.Finished],
    };

    [Fact]
    public async Task Search_fixture_reads_into_typed_orders_with_decimal_money()
    {
        var stub = StubHandler.Bytes(Vectors.Response("pop.order.search.success.json"));
        var page = await TestClients.Create(stub).Orders.SearchAsync(May2024);

        Assert.Equal(1, page.TotalCount);
        var order = Assert.Single(page.Items);
        Assert.Equal(300000000001L, order.OrderId);
        Assert.Equal(10001234L, order.VenderId);
        Assert.Equal(22, order.OrderType);
        Assert.Equal("4-在线支付", order.PayType);
        Assert.Equal(299.00m, order.OrderTotalPrice);
        Assert.Equal(289.00m, order.OrderPayment);
        Assert.Equal(0m, order.FreightPrice);
        Assert.Equal(10.00m, order.SellerDiscount);
        Assert.Equal(OrderState.WaitGoodsReceiveConfirm, order.OrderState);
        Assert.True(order.OrderState!.Value.IsKnown);
        Assert.Equal("等待确认收货", order.OrderState.Value.ChineseName);
        Assert.Equal(new DateTimeOffset(2024, 5, 18, 10, 2, 33, Beijing), order.OrderStartTime);
        Assert.Equal(Beijing, order.OrderStartTime!.Value.Offset);
        Assert.Equal("JDV000123450000", order.Waybill);
        Assert.Equal("北京", order.ConsigneeInfo!.Province);
        Assert.Equal(72L, order.ConsigneeInfo.CityId);
        var item = Assert.Single(order.Items);
        Assert.Equal(100012345678L, item.SkuId);
        Assert.Equal(299.00m, item.JdPrice);
        Assert.Equal(1, item.Quantity);
        Assert.Equal(10001L, item.WareId);
    }

    [Fact]
    public async Task Search_sends_jd_wire_names_with_every_field_by_default()
    {
        var stub = StubHandler.Bytes(Vectors.Response("pop.order.search.success.json"));
        await TestClients.Create(stub).Orders.SearchAsync(May2024);

        var sent = Assert.Single(stub.Requests);
        Assert.Equal("jingdong.pop.order.search", Routerjson.MethodOf(sent));
        var json = Routerjson.ParamsOf(sent);
        Assert.Equal("2024-05-01 00:00:00", json.GetProperty("start_date").GetString());
        Assert.Equal("2024-05-20 00:00:00", json.GetProperty("end_date").GetString());
        Assert.Equal("WAIT_GOODS_RECEIVE_CONFIRM,FINISHED_L", json.GetProperty("order_state").GetString());
        Assert.Equal("1", json.GetProperty("page").GetString());
        Assert.Equal("100", json.GetProperty("page_size").GetString());
        Assert.Equal("0", json.GetProperty("dateType").GetString());
        Assert.Equal("0", json.GetProperty("sortType").GetString());
        var fields = json.GetProperty("optional_fields").GetString()!.Split(',');
        Assert.Equal(36, fields.Length);
        Assert.Contains("orderId", fields);
        Assert.Contains("itemInfoList", fields);
        Assert.Contains("open_id_buyer", fields);
        Assert.Equal(fields.Length, fields.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Every_model_property_is_requested_by_default()
    {
        var stub = StubHandler.Bytes(Vectors.Response("pop.order.search.success.json"));
        await TestClients.Create(stub).Orders.SearchAsync(May2024);
        var fields = Routerjson.ParamsOf(stub.Requests[0]).GetProperty("optional_fields").GetString()!.Split(',');
        var wireNames = typeof(OrderInfo).GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)
                .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().Single().Name);
        Assert.Equal(wireNames.Order(StringComparer.Ordinal), fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_typed_selection_sends_only_those_fields()
    {
        var stub = StubHandler.Bytes(Vectors.Response("pop.order.search.success.json"));
        await TestClients.Create(stub).Orders.SearchAsync(new OrderSearchQuery
        {
            Start = May2024.Start,
            End = May2024.End,
            States = [OrderState.WaitSellerStockOut],
            Fields = OrderFields.OrderId | OrderFields.OrderState | OrderFields.OrderPayment,
            DateType = OrderDateType.Created,
            SortOrder = OrderSortOrder.Descending,
            PageSize = 20,
            Page = 3,
        });
        var json = Routerjson.ParamsOf(stub.Requests[0]);
        Assert.Equal("orderId,orderPayment,orderState", json.GetProperty("optional_fields").GetString());
        Assert.Equal("1", json.GetProperty("dateType").GetString());
        Assert.Equal("1", json.GetProperty("sortType").GetString());
        Assert.Equal("3", json.GetProperty("page").GetString());
        Assert.Equal("20", json.GetProperty("page_size").GetString());
    }

    [Fact]
    public async Task Business_failure_fixture_is_a_business_exception_with_jd_code_and_message()
    {
        var stub = StubHandler.Bytes(Vectors.Response("pop.order.search.business-failure.json"));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => TestClients.Create(stub).Orders.SearchAsync(May2024));
        Assert.Equal("10100004", error.Code);
        Assert.Equal("查询时间跨度不能超过一个月", error.JdMessage);
        Assert.Equal("jingdong.pop.order.search", error.Method);
    }

    public static TheoryData<string, Func<OrderSearchQuery, OrderSearchQuery>> InvalidQueries() => new()
    {
        { "page_size", q => Copy(q, pageSize: 101) },
        { "page_size", q => Copy(q, pageSize: 0) },
        { "page", q => Copy(q, page: 0) },
        { "end_date", q => Copy(q, end: q.Start!.Value.AddMonths(1).AddSeconds(1)) },
        { "end_date", q => Copy(q, end: q.Start!.Value.AddSeconds(-1)) },
        { "order_state", q => Copy(q, states: []) },
        { "optional_fields", q => Copy(q, fields: OrderFields.None) },
        { "start_date", q => Copy(q, start: null, clearStart: true) },
    };

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public async Task Invalid_searches_are_refused_before_sending_naming_the_parameter(string field, Func<OrderSearchQuery, OrderSearchQuery> change)
    {
        var stub = StubHandler.Bytes(Vectors.Response("pop.order.search.success.json"));
        var error = await Assert.ThrowsAsync<JdValidationException>(() => TestClients.Create(stub).Orders.SearchAsync(change(May2024)));
        Assert.Equal(field, error.Field);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task Exactly_one_month_is_accepted_and_pending_orders_need_no_dates()
    {
        var stub = StubHandler.Bytes(Vectors.Response("pop.order.search.success.json"));
        var client = TestClients.Create(stub);
        await client.Orders.SearchAsync(Copy(May2024, end: May2024.Start!.Value.AddMonths(1)));
        await client.Orders.SearchAsync(new OrderSearchQuery { States = [OrderState.WaitSellerStockOut] });
        Assert.Equal(2, stub.Requests.Count);
        Assert.False(Routerjson.ParamsOf(stub.Requests[1]).TryGetProperty("start_date", out _));
    }

    [Fact]
    public async Task SearchAll_refuses_a_walk_without_order_ids_or_start_before_sending()
    {
        var stub = StubHandler.Bytes(Vectors.Response("pop.order.search.success.json"));
        var client = TestClients.Create(stub);
        var noId = await Assert.ThrowsAsync<JdValidationException>(async () =>
            await client.Orders.SearchAllAsync(Copy(May2024, fields: OrderFields.OrderState)).ToListAsync());
        Assert.Equal("optional_fields", noId.Field);
        var noStart = await Assert.ThrowsAsync<JdValidationException>(async () =>
            await client.Orders.SearchAllAsync(new OrderSearchQuery { States = [OrderState.WaitSellerStockOut] }).ToListAsync());
        Assert.Equal("start_date", noStart.Field);
        var tooBig = await Assert.ThrowsAsync<JdValidationException>(async () =>
            await client.Orders.SearchAllAsync(Copy(May2024, pageSize: 101)).ToListAsync());
        Assert.Equal("page_size", tooBig.Field);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task SearchAll_walks_three_months_of_1000_orders_in_month_windows_yielding_each_once()
    {
        var rangeStart = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var rangeEnd = new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var step = (rangeEnd - rangeStart).Ticks / 1000;
        var orders = Enumerable.Range(0, 1000)
            .Select(i => (Id: 500000000000L + i, Modified: new DateTime(rangeStart.Ticks + (i * step)).AddTicks(-(new DateTime(rangeStart.Ticks + (i * step)).Ticks % TimeSpan.TicksPerSecond))))
            .ToList();
        // Orders exactly on the window boundaries: both neighbouring windows return them.
        orders[333] = (orders[333].Id, new DateTime(2024, 2, 1));
        orders[666] = (orders[666].Id, new DateTime(2024, 3, 1));
        var windows = new List<(DateTime Start, DateTime End)>();

        var stub = new StubHandler(async (request, _) =>
        {
            var json = Routerjson.ParamsOf(await Routerjson.ReadAsync(request));
            var start = DateTime.ParseExact(json.GetProperty("start_date").GetString()!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var end = DateTime.ParseExact(json.GetProperty("end_date").GetString()!, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var page = int.Parse(json.GetProperty("page").GetString()!, CultureInfo.InvariantCulture);
            var size = int.Parse(json.GetProperty("page_size").GetString()!, CultureInfo.InvariantCulture);
            if (end > start.AddMonths(1) || size > 100)
            {
                return Routerjson.Answer(Encoding.UTF8.GetString(Vectors.Response("pop.order.search.business-failure.json")));
            }

            lock (windows)
            {
                windows.Add((start, end));
            }

            var matching = orders.Where(o => o.Modified >= start && o.Modified <= end).OrderBy(o => o.Modified).ThenBy(o => o.Id).ToList();
            var items = matching.Skip((page - 1) * size).Take(size)
                .Select(o => $$"""{"orderId":"{{o.Id}}","orderPayment":"1.00","modified":"{{o.Modified:yyyy-MM-dd HH:mm:ss}}"}""");
            return Routerjson.Answer(Routerjson.Envelope("jingdong.pop.order.search",
                $$"""
                "searchorderinfo_result":{"apiResult":{"success":true,"numberCode":0},"orderTotal":{{matching.Count}},"orderInfoList":[{{string.Join(',', items)}}]}
                """));
        });

        var walked = await TestClients.Create(stub).Orders.SearchAllAsync(new OrderSearchQuery
        {
            Start = new DateTimeOffset(rangeStart, Beijing),
            End = new DateTimeOffset(rangeEnd, Beijing),
            States = [OrderState.Finished],
        }).ToListAsync();

        Assert.Equal(1000, walked.Count);
        Assert.Equal(orders.Select(o => o.Id).Order(), walked.Select(o => o.OrderId).Order());
        Assert.All(walked, o => Assert.Equal(1.00m, o.OrderPayment));
        var distinctWindows = windows.Distinct().OrderBy(w => w.Start).ToList();
        Assert.Equal(
            [(new DateTime(2024, 1, 1), new DateTime(2024, 2, 1)), (new DateTime(2024, 2, 1), new DateTime(2024, 3, 1)), (new DateTime(2024, 3, 1), new DateTime(2024, 4, 1))],
            distinctWindows);
        Assert.All(stub.Requests, r => Assert.Equal("100", Routerjson.ParamsOf(r).GetProperty("page_size").GetString()));
        Assert.Equal(stub.Requests.Count, windows.Count);
        Assert.InRange(stub.Requests.Count, 12, 13);
    }

    [Fact]
    public async Task Get_reads_the_order_and_sends_order_id_as_a_string()
    {
        var stub = StubHandler.Json(Routerjson.Envelope("jingdong.pop.order.get",
            """ "orderDetailInfo":{"apiResult":{"success":true,"numberCode":0},"orderInfo":{"orderId":"300000000001","orderState":"SOMETHING_NEW","orderTotalPrice":"12.30","itemInfoList":""}}"""));
        var order = await TestClients.Create(stub).Orders.GetAsync(300000000001L, OrderFields.OrderId | OrderFields.OrderState);

        Assert.NotNull(order);
        Assert.Equal(300000000001L, order.OrderId);
        Assert.Equal(12.30m, order.OrderTotalPrice);
        Assert.False(order.OrderState!.Value.IsKnown);
        Assert.Equal("SOMETHING_NEW", order.OrderState.Value.Value);
        Assert.Empty(order.Items);
        var json = Routerjson.ParamsOf(stub.Requests[0]);
        Assert.Equal("jingdong.pop.order.get", Routerjson.MethodOf(stub.Requests[0]));
        Assert.Equal("300000000001", json.GetProperty("order_id").GetString());
        Assert.Equal("orderId,orderState", json.GetProperty("optional_fields").GetString());
    }

    [Fact]
    public async Task Get_failure_is_a_business_exception()
    {
        var stub = StubHandler.Json(Routerjson.Envelope("jingdong.pop.order.get",
            """ "orderDetailInfo":{"apiResult":{"success":false,"englishErrCode":"order not found","chineseErrCode":"订单不存在","numberCode":10100008}}"""));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => TestClients.Create(stub).Orders.GetAsync(1));
        Assert.Equal("10100008", error.Code);
        Assert.Equal("订单不存在", error.JdMessage);
    }

    [Fact]
    public async Task ModifyVenderRemark_is_a_write_with_the_color_flag()
    {
        var stub = StubHandler.Json(Routerjson.Envelope("jingdong.pop.order.modifyVenderRemark",
            """ "modifyvenderremark_result":{"success":true,"englishErrCode":"","chineseErrCode":"","numberCode":0}"""));
        await TestClients.Create(stub).Orders.ModifyVenderRemarkAsync(300000000001L, VenderRemarkColor.Purple, "已联系客户，换货");

        var json = Routerjson.ParamsOf(stub.Requests[0]);
        Assert.Equal("jingdong.pop.order.modifyVenderRemark", Routerjson.MethodOf(stub.Requests[0]));
        Assert.Equal("300000000001", json.GetProperty("order_id").GetString());
        Assert.Equal(5, json.GetProperty("flag").GetInt32());
        Assert.Equal("已联系客户，换货", json.GetProperty("remark").GetString());
    }

    [Fact]
    public async Task ModifyVenderRemark_refuses_bad_input_before_sending()
    {
        var stub = StubHandler.Json("{}");
        var client = TestClients.Create(stub);
        Assert.Equal("flag", (await Assert.ThrowsAsync<JdValidationException>(() => client.Orders.ModifyVenderRemarkAsync(1, (VenderRemarkColor)6, "x"))).Field);
        Assert.Equal("remark", (await Assert.ThrowsAsync<JdValidationException>(() => client.Orders.ModifyVenderRemarkAsync(1, VenderRemarkColor.Red, " "))).Field);
        Assert.Equal("order_id", (await Assert.ThrowsAsync<JdValidationException>(() => client.Orders.ModifyVenderRemarkAsync(0, VenderRemarkColor.Red, "x"))).Field);
        Assert.Empty(stub.Requests);
    }

    [Fact]
    public async Task ModifyVenderRemark_failure_is_a_business_exception()
    {
        var stub = StubHandler.Json(Routerjson.Envelope("jingdong.pop.order.modifyVenderRemark",
            """ "modifyvenderremark_result":{"success":false,"englishErrCode":"no right","chineseErrCode":"无权操作该订单","numberCode":"10200001"}"""));
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => TestClients.Create(stub).Orders.ModifyVenderRemarkAsync(1, VenderRemarkColor.Gray, "x"));
        Assert.Equal("10200001", error.Code);
        Assert.Equal("无权操作该订单", error.JdMessage);
    }

    [Fact]
    public void Order_states_are_an_open_enumeration_with_chinese_names()
    {
        Assert.Equal(8, OrderState.Known.Count);
        Assert.All(OrderState.Known, s => Assert.True(s.IsKnown));
        Assert.Equal("完成", OrderState.FromValue("FINISHED_L").ChineseName);
        Assert.Equal(OrderState.Finished, OrderState.FromValue("FINISHED_L"));
        Assert.Null(OrderState.FromValue("NEW_STATE").ChineseName);
        Assert.Equal("POP_ORDER_PAUSE", OrderState.PopOrderPause.ToString());
    }

    private static OrderSearchQuery Copy(
        OrderSearchQuery q,
        int? pageSize = null,
        int? page = null,
        DateTimeOffset? start = null,
        bool clearStart = false,
        DateTimeOffset? end = null,
        IReadOnlyCollection<OrderState>? states = null,
        OrderFields? fields = null) => new()
        {
            Start = clearStart ? null : start ?? q.Start,
            End = end ?? q.End,
            States = states ?? q.States,
            Fields = fields ?? q.Fields,
            Page = page ?? q.Page,
            PageSize = pageSize ?? q.PageSize,
        };
}
