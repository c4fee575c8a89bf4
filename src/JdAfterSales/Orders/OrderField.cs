namespace JdAfterSales.Orders;

/// <summary>
/// A field of <see cref="OrderInfo"/> that <c>optional_fields</c> can ask JD for. JD returns only the fields named,
/// so a caller that needs less can ask for less; <see cref="All"/> asks for every field the model has.
/// </summary>
public readonly record struct OrderField
{
    private OrderField(string wireName) => WireName = wireName;

    /// <summary>The name in <c>optional_fields</c>.</summary>
    public string WireName { get; }

    /// <summary><c>orderId</c>.</summary>
    public static OrderField OrderId { get; } = new("orderId");

    /// <summary><c>venderId</c>.</summary>
    public static OrderField VenderId { get; } = new("venderId");

    /// <summary><c>orderType</c>.</summary>
    public static OrderField OrderType { get; } = new("orderType");

    /// <summary><c>payType</c>.</summary>
    public static OrderField PayType { get; } = new("payType");

    /// <summary><c>orderTotalPrice</c>.</summary>
    public static OrderField OrderTotalPrice { get; } = new("orderTotalPrice");

    /// <summary><c>orderSellerPrice</c>.</summary>
    public static OrderField OrderSellerPrice { get; } = new("orderSellerPrice");

    /// <summary><c>orderPayment</c>.</summary>
    public static OrderField OrderPayment { get; } = new("orderPayment");

    /// <summary><c>freightPrice</c>.</summary>
    public static OrderField FreightPrice { get; } = new("freightPrice");

    /// <summary><c>sellerDiscount</c>.</summary>
    public static OrderField SellerDiscount { get; } = new("sellerDiscount");

    /// <summary><c>orderState</c>.</summary>
    public static OrderField OrderState { get; } = new("orderState");

    /// <summary><c>orderStateRemark</c>.</summary>
    public static OrderField OrderStateRemark { get; } = new("orderStateRemark");

    /// <summary><c>orderRemark</c>.</summary>
    public static OrderField OrderRemark { get; } = new("orderRemark");

    /// <summary><c>venderRemark</c>.</summary>
    public static OrderField VenderRemark { get; } = new("venderRemark");

    /// <summary><c>orderStartTime</c>.</summary>
    public static OrderField OrderStartTime { get; } = new("orderStartTime");

    /// <summary><c>orderEndTime</c>.</summary>
    public static OrderField OrderEndTime { get; } = new("orderEndTime");

    /// <summary><c>paymentConfirmTime</c>.</summary>
    public static OrderField PaymentConfirmTime { get; } = new("paymentConfirmTime");

    /// <summary><c>modified</c>.</summary>
    public static OrderField Modified { get; } = new("modified");

    /// <summary><c>pin</c>.</summary>
    public static OrderField Pin { get; } = new("pin");

    /// <summary><c>waybill</c>.</summary>
    public static OrderField Waybill { get; } = new("waybill");

    /// <summary><c>logisticsId</c>.</summary>
    public static OrderField LogisticsId { get; } = new("logisticsId");

    /// <summary><c>consigneeInfo</c>.</summary>
    public static OrderField ConsigneeInfo { get; } = new("consigneeInfo");

    /// <summary><c>itemInfoList</c>.</summary>
    public static OrderField ItemInfoList { get; } = new("itemInfoList");

    /// <summary>Every field <see cref="OrderInfo"/> has: the default.</summary>
    public static IReadOnlyList<OrderField> All { get; } =
    [
        OrderId, VenderId, OrderType, PayType, OrderTotalPrice, OrderSellerPrice, OrderPayment, FreightPrice, SellerDiscount,
        OrderState, OrderStateRemark, OrderRemark, VenderRemark, OrderStartTime, OrderEndTime, PaymentConfirmTime, Modified,
        Pin, Waybill, LogisticsId, ConsigneeInfo, ItemInfoList,
    ];

    /// <summary>The wire name.</summary>
    /// <returns>The name in <c>optional_fields</c>.</returns>
    public override string ToString() => WireName;

    /// <summary>Joins fields as <c>optional_fields</c> expects, refusing an empty or invalid selection.</summary>
    internal static string Join(IReadOnlyCollection<OrderField>? fields)
    {
        var chosen = fields ?? All;
        if (chosen.Count == 0)
        {
            throw new JdValidationException("optional_fields", "must name at least one field (JD refuses an empty list); leave it null for every field.");
        }

        if (chosen.Any(static f => string.IsNullOrEmpty(f.WireName)))
        {
            throw new JdValidationException("optional_fields", "contains a default OrderField; use the static members.");
        }

        return string.Join(',', chosen.Select(static f => f.WireName).Distinct(StringComparer.Ordinal));
    }
}
