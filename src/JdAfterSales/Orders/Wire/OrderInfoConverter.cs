using System.Text.Json;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>Reads <see cref="OrderInfo"/> by hand (see <see cref="JdModelConverter{T, TFields}"/>).</summary>
internal sealed class OrderInfoConverter : JdModelConverter<OrderInfo, OrderInfoConverter.Fields>
{
    /// <summary>The fields, in the order JD's SDK class declares them.</summary>
    private static readonly JdPropertyNames FieldNames = new(
        "orderId",
        "venderId",
        "orderType",
        "payType",
        "orderTotalPrice",
        "orderSellerPrice",
        "orderPayment",
        "freightPrice",
        "sellerDiscount",
        "orderState",
        "orderStateRemark",
        "orderRemark",
        "venderRemark",
        "orderStartTime",
        "orderEndTime",
        "paymentConfirmTime",
        "modified",
        "pin",
        "waybill",
        "logisticsId",
        "consigneeInfo",
        "itemInfoList");

    // Codes and the names of codes, repeated on every order: the shop's id, order and payment types, the state and its
    // name, the carrier. Free text (remarks, names, addresses) is never kept.
    private static readonly JdCodeNameCache VenderIds = new();

    private static readonly JdCodeNameCache OrderTypes = new();

    private static readonly JdCodeNameCache PayTypes = new();

    private static readonly JdCodeNameCache States = new();

    private static readonly JdCodeNameCache StateRemarks = new();

    private static readonly JdCodeNameCache LogisticsIds = new();

    private static readonly JdObjectConverter<OrderConsignee> ConsigneeReader = new();

    private static readonly JdListConverter<OrderItem> ItemsReader = new();

    /// <summary>The fields of <see cref="OrderInfo"/>, read by static calls the compiler can inline.</summary>
    internal readonly struct Fields : IJdModelFields<OrderInfo>
    {
        public static JdPropertyNames Names => FieldNames;

        public static OrderInfo Create() => new();

        public static void Read(ref Utf8JsonReader reader, OrderInfo model, int field, JsonSerializerOptions options)
        {
            switch (field)
            {
                case 0:
                    model.OrderId = JdValues.Int64(ref reader);
                    break;
                case 1:
                    model.VenderId = VenderIds.Read(ref reader);
                    break;
                case 2:
                    model.OrderType = OrderTypes.Read(ref reader);
                    break;
                case 3:
                    model.PayType = PayTypes.Read(ref reader);
                    break;
                case 4:
                    model.TotalPrice = JdValues.NullableDecimal(ref reader);
                    break;
                case 5:
                    model.SellerPrice = JdValues.NullableDecimal(ref reader);
                    break;
                case 6:
                    model.Payment = JdValues.NullableDecimal(ref reader);
                    break;
                case 7:
                    model.FreightPrice = JdValues.NullableDecimal(ref reader);
                    break;
                case 8:
                    model.SellerDiscount = JdValues.NullableDecimal(ref reader);
                    break;
                case 9:
                    model.State = JdValues.NullableStringEnum<OrderState>(ref reader, States);
                    break;
                case 10:
                    model.StateRemark = StateRemarks.Read(ref reader);
                    break;
                case 11:
                    model.CustomerRemark = JdValues.String(ref reader);
                    break;
                case 12:
                    model.VenderRemark = JdValues.String(ref reader);
                    break;
                case 13:
                    model.StartTime = JdValues.DateTime(ref reader);
                    break;
                case 14:
                    model.EndTime = JdValues.DateTime(ref reader);
                    break;
                case 15:
                    model.PaymentConfirmTime = JdValues.DateTime(ref reader);
                    break;
                case 16:
                    model.Modified = JdValues.DateTime(ref reader);
                    break;
                case 17:
                    model.CustomerPin = JdValues.String(ref reader);
                    break;
                case 18:
                    model.Waybill = JdValues.String(ref reader);
                    break;
                case 19:
                    model.LogisticsId = LogisticsIds.Read(ref reader);
                    break;
                case 20:
                    model.Consignee = ConsigneeReader.Read(ref reader, typeof(OrderConsignee), options);
                    break;
                case 21:
                    model.Items = ItemsReader.Read(ref reader, typeof(IReadOnlyList<OrderItem>), options);
                    break;
            }
        }
    }
}
