using System.Globalization;
using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>Waybill traces: JD Logistics by waybill code (outbound and return parcels), third-party trace by order.</summary>
internal static class LogisticsHandlers
{
    /// <summary>The carrier the fake's third-party waybills are with (its id in JD's carrier list is illustrative).</summary>
    private const string CarrierName = "京东快递";

    private const int CarrierId = 2087;

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

    /// <summary>JD's getThirdTrace: <c>result {success, errorCode, message, result:[WayBillDto {…, listTrace}]}</c>.</summary>
    private static void ThirdTrace(MethodCall call, Utf8JsonWriter w)
    {
        // JD's SDK classes declare orderId a string here; like JD, a number is read as well.
        var order = call.Data.FindOrder(call.Parameters.RequireLong("orderId"));
        w.WriteStartObject("result");
        if (order is null)
        {
            call.BusinessErrorCode = "ORDER_NOT_EXIST";
            w.WriteBoolean("success", false);
            w.WriteString("errorCode", "ORDER_NOT_EXIST");
            w.WriteString("message", "订单不存在");
            w.WriteEndObject();
            return;
        }

        w.WriteBoolean("success", true);
        w.WriteString("errorCode", "0");
        w.WriteString("message", "成功");

        // An order not shipped yet has no waybill, and JD leaves the empty list out.
        if (order.Waybill is { } waybill)
        {
            w.WriteStartArray("result");
            w.WriteStartObject();
            w.WriteString("shipId", waybill);
            w.WriteNumber("thirdId", CarrierId);
            w.WriteString("thirdName", CarrierName);
            w.WriteNumber("status", order.WaybillTraceNodes.Count == 0 ? 0 : 3);
            if (order.WaybillTraceNodes.Count > 0)
            {
                w.WriteString("createDate", BeijingTime.Format(order.WaybillTraceNodes[0].Time));
                w.WriteString("updateDate", BeijingTime.Format(order.WaybillTraceNodes[^1].Time));
            }

            w.WriteNumber("flagOrderType", 0);
            w.WriteStartArray("listTrace");
            foreach (var node in order.WaybillTraceNodes)
            {
                var time = BeijingTime.Format(node.Time);
                w.WriteStartObject();
                w.WriteNumber("thirdId", CarrierId);
                w.WriteString("shipId", waybill);
                w.WriteString("traceDate", time);
                w.WriteString("processDate", time);
                w.WriteString("processInfo", node.Remark ?? node.Title);
                w.WriteString("scanType", node.Title);
                w.WriteString("courier", node.OperatorName);
                w.WriteString("courierTel", node.CourierTel);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("businessCode", "");
            w.WriteNumber("abroadFlag", 0);
            w.WriteEndObject();
            w.WriteEndArray();
        }

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
