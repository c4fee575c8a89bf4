using System.Globalization;
using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>OrderInfo as <c>jingdong.pop.order.*</c> sends it: ids and money as strings, dates as yyyy-MM-dd HH:mm:ss.</summary>
internal static class OrderJson
{
    /// <summary>Every field the fake can write, by wire name; <c>optional_fields</c> picks among them as JD does.</summary>
    private static readonly Dictionary<string, Action<Utf8JsonWriter, FakeOrder, string>> Fields = new(StringComparer.Ordinal)
    {
        ["orderId"] = (w, o, _) => w.WriteString("orderId", Text(o.OrderId)),
        ["venderId"] = (w, _, vender) => w.WriteString("venderId", vender),
        ["orderType"] = (w, _, _) => w.WriteString("orderType", "22"),
        ["payType"] = (w, _, _) => w.WriteString("payType", "4-在线支付"),
        ["orderTotalPrice"] = (w, o, _) => w.WriteMoney("orderTotalPrice", o.OrderTotalPrice),
        ["orderSellerPrice"] = (w, o, _) => w.WriteMoney("orderSellerPrice", o.OrderSellerPrice),
        ["orderPayment"] = (w, o, _) => w.WriteMoney("orderPayment", o.OrderPayment),
        ["freightPrice"] = (w, o, _) => w.WriteMoney("freightPrice", o.FreightPrice),
        ["sellerDiscount"] = (w, o, _) => w.WriteMoney("sellerDiscount", o.SellerDiscount),
        ["orderState"] = (w, o, _) => w.WriteString("orderState", o.OrderState),
        ["orderStateRemark"] = (w, o, _) => w.WriteString("orderStateRemark", o.OrderStateRemark),
        ["orderRemark"] = (w, o, _) => w.WriteString("orderRemark", o.OrderRemark),
        ["venderRemark"] = (w, o, _) => w.WriteString("venderRemark", o.VenderRemark),
        ["orderStartTime"] = (w, o, _) => w.WriteDateString("orderStartTime", o.OrderStartTime),
        ["orderEndTime"] = (w, o, _) => w.WriteDateString("orderEndTime", o.OrderEndTime),
        ["paymentConfirmTime"] = (w, o, _) => w.WriteDateString("paymentConfirmTime", o.PaymentConfirmTime),
        ["modified"] = (w, o, _) => w.WriteDateString("modified", o.Modified),
        ["pin"] = (w, o, _) => w.WriteString("pin", o.Pin),
        ["waybill"] = (w, o, _) => w.WriteString("waybill", o.Waybill ?? ""),
        ["logisticsId"] = (w, o, _) => w.WriteString("logisticsId", o.LogisticsId ?? ""),
        ["consigneeInfo"] = (w, o, _) => WriteConsignee(w, o),
        ["itemInfoList"] = (w, o, _) => WriteItems(w, o),
    };

    public static void WriteOrder(Utf8JsonWriter w, FakeOrder order, string venderId, IReadOnlyCollection<string> fields)
    {
        w.WriteStartObject();
        foreach (var (name, write) in Fields)
        {
            if (fields.Contains(name))
            {
                write(w, order, venderId);
            }
        }

        w.WriteEndObject();
    }

    public static void WriteApiResult(Utf8JsonWriter w, bool success, string englishErrCode = "", string chineseErrCode = "", long numberCode = 0)
    {
        w.WriteStartObject("apiResult");
        w.WriteBoolean("success", success);
        w.WriteString("englishErrCode", englishErrCode);
        w.WriteString("chineseErrCode", chineseErrCode);
        w.WriteNumber("numberCode", numberCode);
        w.WriteEndObject();
    }

    private static void WriteConsignee(Utf8JsonWriter w, FakeOrder o)
    {
        w.WriteStartObject("consigneeInfo");
        w.WriteString("fullname", o.ConsigneeName);
        w.WriteString("mobile", o.ConsigneeMobile);
        w.WriteString("telephone", o.ConsigneeMobile);
        w.WriteString("fullAddress", o.ConsigneeAddress);
        w.WriteString("province", o.Province);
        w.WriteString("city", o.City);
        w.WriteString("county", o.County);
        w.WriteString("provinceId", Text(o.ProvinceId));
        w.WriteString("cityId", Text(o.CityId));
        w.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter w, FakeOrder o)
    {
        w.WriteStartArray("itemInfoList");
        foreach (var item in o.ItemList)
        {
            w.WriteStartObject();
            w.WriteString("skuId", Text(item.SkuId));
            w.WriteString("outerSkuId", item.OuterSkuId);
            w.WriteString("skuName", item.SkuName);
            w.WriteMoney("jdPrice", item.JdPrice);
            w.WriteString("itemTotal", Text(item.Count));
            w.WriteString("wareId", Text(item.WareId));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
