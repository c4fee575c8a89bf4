using System.Globalization;
using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>Waybill traces: JD Logistics by waybill code (outbound and return parcels), third-party trace by order.</summary>
internal static class LogisticsHandlers
{
    public static void Register(Dictionary<string, MethodHandler> table)
    {
        table["jingdong.ldop.receive.trace.get"] = ReceiveTrace;
        table["jingdong.getThirdTrace"] = ThirdTrace;
    }

    private static void ReceiveTrace(MethodCall call, Utf8JsonWriter w)
    {
        call.Parameters.RequireString("customerCode");
        var waybill = call.Parameters.RequireString("waybillCode");
        var nodes = FindTrace(call.Data, waybill);
        w.WriteStartObject("querytrace_result");
        w.WriteNumber("code", 100);
        w.WriteString("messsage", "成功");
        w.WriteStartArray("data");
        foreach (var node in nodes)
        {
            w.WriteStartObject();
            w.WriteString("opeTitle", node.Title);
            w.WriteString("opeRemark", node.Remark);
            w.WriteString("opeName", node.OperatorName);
            w.WriteString("opeTime", BeijingTime.FormatSlashed(node.Time));
            w.WriteString("waybillCode", waybill);
            w.WriteString("courier", node.OperatorName);
            w.WriteString("courierTel", node.CourierTel);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void ThirdTrace(MethodCall call, Utf8JsonWriter w)
    {
        var orderId = call.Parameters.RequireLong("orderId");
        var order = call.Data.FindOrder(orderId);
        w.WriteStartObject("result");
        if (order is null)
        {
            call.BusinessErrorCode = "ORDER_NOT_EXIST";
            w.WriteBoolean("success", false);
            w.WriteString("code", "ORDER_NOT_EXIST");
            w.WriteString("msg", "订单不存在");
            w.WriteNull("data");
            w.WriteEndObject();
            return;
        }

        w.WriteBoolean("success", true);
        w.WriteString("code", "0");
        w.WriteString("msg", "成功");
        w.WriteStartObject("data");
        w.WriteString("orderId", orderId.ToString(CultureInfo.InvariantCulture));
        w.WriteString("waybillCode", order.Waybill ?? "");
        w.WriteString("carrierName", order.Waybill is null ? "" : "京东快递");
        w.WriteStartArray("traces");
        foreach (var node in order.WaybillTraceNodes)
        {
            w.WriteStartObject();
            w.WriteString("opeTitle", node.Title);
            w.WriteString("opeRemark", node.Remark);
            w.WriteString("opeTime", BeijingTime.Format(node.Time));
            w.WriteString("opeName", node.OperatorName);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static List<FakeTraceNode> FindTrace(FakeShopData data, string waybill)
    {
        var order = data.OrderList.Find(o => o.Waybill == waybill);
        if (order is not null)
        {
            return order.WaybillTraceNodes;
        }

        var service = data.ServiceOrderList.Find(s => s.ExpressCode == waybill);
        return service?.ReturnTraceNodes ?? [];
    }
}
