using System.Numerics;

namespace JdAfterSales.Orders;

/// <summary>Maps <see cref="OrderFields"/> to the wire names of <c>optional_fields</c>.</summary>
internal static class OrderFieldNames
{
    // Index i is the wire name of the flag 1 << i; keep in step with OrderFields and OrderInfo.
    private static readonly string[] Names =
    [
        "orderId", "venderId", "orderType", "payType", "orderTotalPrice", "orderSellerPrice", "orderPayment",
        "freightPrice", "sellerDiscount", "orderState", "orderStateRemark", "deliveryType", "invoiceInfo",
        "invoiceCode", "orderRemark", "orderStartTime", "orderEndTime", "paymentConfirmTime", "modified",
        "consigneeInfo", "itemInfoList", "venderRemark", "balanceUsed", "pin", "returnOrder", "waybill",
        "logisticsId", "parentOrderId", "directParentOrderId", "orderSource", "storeOrder", "storeId",
        "serviceFee", "taxFee", "open_id_buyer", "xid_buyer",
    ];

    /// <summary>The comma list for <paramref name="fields"/>, in a fixed order.</summary>
    /// <exception cref="JdValidationException">Nothing is selected, or a bit names no field.</exception>
    public static string ToWire(OrderFields fields)
    {
        if (fields == OrderFields.None)
        {
            throw new JdValidationException("optional_fields", "must select at least one OrderFields value (OrderFields.All for every field); JD refuses an empty list.");
        }

        if (((long)fields & ~(long)OrderFields.All) != 0)
        {
            throw new JdValidationException("optional_fields", "contains a value that is not an OrderFields field.");
        }

        var names = new List<string>(BitOperations.PopCount((ulong)fields));
        for (var i = 0; i < Names.Length; i++)
        {
            if (((long)fields & (1L << i)) != 0)
            {
                names.Add(Names[i]);
            }
        }

        return string.Join(',', names);
    }
}
