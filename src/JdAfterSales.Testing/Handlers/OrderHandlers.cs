using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary><c>jingdong.pop.order.*</c>: search, get and the merchant remark.</summary>
internal static class OrderHandlers
{
    private static readonly HashSet<string> KnownStates = new(StringComparer.Ordinal)
    {
        "WAIT_SELLER_STOCK_OUT", "WAIT_GOODS_RECEIVE_CONFIRM", "WAIT_SELLER_DELIVERY", "PAUSE", "FINISHED_L",
        "TRADE_CANCELED", "LOCKED", "POP_ORDER_PAUSE",
    };

    public static void Register(Dictionary<string, MethodHandler> table)
    {
        table["jingdong.pop.order.search"] = Search;
        table["jingdong.pop.order.get"] = Get;
        table["jingdong.pop.order.modifyVenderRemark"] = ModifyVenderRemark;
    }

    private static void Search(MethodCall call, Utf8JsonWriter w)
    {
        var p = call.Parameters;
        var states = States(p.RequireString("order_state"));
        var fields = Fields(p.RequireString("optional_fields"));
        var page = p.Int("page", 1) ?? throw GatewayErrorException.Missing("page");
        var pageSize = p.Int("page_size", 1, 100) ?? throw GatewayErrorException.Missing("page_size");
        var byCreation = p.Int("dateType") == 1;
        var descending = p.Int("sortType") == 1;
        var start = p.Date("start_date");
        var end = p.Date("end_date") ?? call.Now;

        // Only "waiting to ship" may leave out the dates (JD then looks one month back); everything else needs start_date.
        if (start is null)
        {
            start = states.SetEquals(["WAIT_SELLER_STOCK_OUT"]) ? end.AddMonths(-1) : throw GatewayErrorException.Missing("start_date");
        }

        if (start > end)
        {
            throw GatewayErrorException.Invalid("start_date", "must not be after end_date");
        }

        w.WriteStartObject("searchorderinfo_result");
        if (start.Value.AddMonths(1) < end)
        {
            call.BusinessErrorCode = "10100004";
            OrderJson.WriteApiResult(w, false, "start_date must be within one month of end_date", "查询时间跨度不能超过一个月", 10100004);
            w.WriteNumber("orderTotal", 0);
            w.WriteStartArray("orderInfoList");
            w.WriteEndArray();
            w.WriteEndObject();
            return;
        }

        DateTimeOffset Key(FakeOrder o) => byCreation ? o.OrderStartTime : o.Modified;
        var matches = call.Data.OrderList
            .Where(o => states.Contains(o.OrderState) && Key(o) >= start && Key(o) <= end);

        // Ties by order id, so pages never overlap.
        var sorted = (descending
            ? matches.OrderByDescending(Key).ThenByDescending(o => o.OrderId)
            : matches.OrderBy(Key).ThenBy(o => o.OrderId)).ToList();
        OrderJson.WriteApiResult(w, true);
        w.WriteNumber("orderTotal", sorted.Count);
        w.WriteStartArray("orderInfoList");
        foreach (var order in sorted.Skip((page - 1) * pageSize).Take(pageSize))
        {
            OrderJson.WriteOrder(w, order, call.Data.VenderId, fields);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Get(MethodCall call, Utf8JsonWriter w)
    {
        var p = call.Parameters;
        var orderId = p.RequireLong("order_id");
        var fields = Fields(p.RequireString("optional_fields"));
        var states = p.String("order_state") is { } state ? States(state) : null;
        var order = call.Data.FindOrder(orderId);
        if (order is not null && states is not null && !states.Contains(order.OrderState))
        {
            order = null;
        }

        w.WriteStartObject("orderDetailInfo");
        if (order is null)
        {
            call.BusinessErrorCode = "10100005";
            OrderJson.WriteApiResult(w, false, "order does not exist", "订单不存在", 10100005);
            w.WriteNull("orderInfo");
        }
        else
        {
            OrderJson.WriteApiResult(w, true);
            w.WritePropertyName("orderInfo");
            OrderJson.WriteOrder(w, order, call.Data.VenderId, fields);
        }

        w.WriteEndObject();
    }

    private static void ModifyVenderRemark(MethodCall call, Utf8JsonWriter w)
    {
        var p = call.Parameters;
        var orderId = p.RequireLong("order_id");
        var flag = p.RequireInt("flag", 0, 5);
        var remark = p.RequireString("remark");
        var order = call.Data.FindOrder(orderId);
        if (order is not null)
        {
            order.VenderRemark = remark;
            order.VenderRemarkFlag = flag;
            order.Modified = call.Now;
        }
        else
        {
            call.BusinessErrorCode = "10100005";
        }

        // JD's OperatorResult, in snake_case unlike the apiResult of the order reads.
        w.WriteStartObject("modifyvenderremark_result");
        w.WriteBoolean("success", order is not null);
        w.WriteString("chinese_err_code", order is null ? "订单不存在" : "成功");
        w.WriteString("english_err_code", order is null ? "order does not exist" : "success");
        w.WriteString("error_code", order is null ? "10100005" : "0");
        w.WriteEndObject();
    }

    private static HashSet<string> States(string text)
    {
        var states = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (states.Count == 0 || !states.IsSubsetOf(KnownStates))
        {
            throw GatewayErrorException.Invalid("order_state", "must be a comma list of order state codes such as WAIT_SELLER_STOCK_OUT");
        }

        return states;
    }

    private static HashSet<string> Fields(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
}
