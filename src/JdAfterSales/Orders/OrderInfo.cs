using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>
/// A POP order (<c>OrderInfo</c>). JD sends only the fields named in <c>optional_fields</c>
/// (<see cref="OrderFields"/>); the others are <c>null</c> (or 0 for <see cref="OrderId"/>).
/// </summary>
public sealed class OrderInfo
{
    /// <summary>The order id (<c>orderId</c>; JD sends it as a string).</summary>
    [JsonPropertyName("orderId")]
    public long OrderId { get; init; }

    /// <summary>The shop's vender id (<c>venderId</c>).</summary>
    [JsonPropertyName("venderId")]
    public long? VenderId { get; init; }

    /// <summary>The order type (<c>orderType</c>; 22 = POP SOP).</summary>
    [JsonPropertyName("orderType")]
    public int? OrderType { get; init; }

    /// <summary>The payment type as JD words it (<c>payType</c>, for example <c>4-在线支付</c>).</summary>
    [JsonPropertyName("payType")]
    public string? PayType { get; init; }

    /// <summary>The order's total price in yuan (<c>orderTotalPrice</c>).</summary>
    [JsonPropertyName("orderTotalPrice")]
    public decimal? OrderTotalPrice { get; init; }

    /// <summary>The seller's price in yuan (<c>orderSellerPrice</c>).</summary>
    [JsonPropertyName("orderSellerPrice")]
    public decimal? OrderSellerPrice { get; init; }

    /// <summary>What the buyer paid in yuan (<c>orderPayment</c>).</summary>
    [JsonPropertyName("orderPayment")]
    public decimal? OrderPayment { get; init; }

    /// <summary>The freight in yuan (<c>freightPrice</c>).</summary>
    [JsonPropertyName("freightPrice")]
    public decimal? FreightPrice { get; init; }

    /// <summary>The seller's discount in yuan (<c>sellerDiscount</c>).</summary>
    [JsonPropertyName("sellerDiscount")]
    public decimal? SellerDiscount { get; init; }

    /// <summary>The order state (<c>orderState</c>).</summary>
    [JsonPropertyName("orderState")]
    public OrderState? OrderState { get; init; }

    /// <summary>JD's description of the state (<c>orderStateRemark</c>).</summary>
    [JsonPropertyName("orderStateRemark")]
    public string? OrderStateRemark { get; init; }

    /// <summary>The delivery type (<c>deliveryType</c>).</summary>
    [JsonPropertyName("deliveryType")]
    public string? DeliveryType { get; init; }

    /// <summary>The invoice information (<c>invoiceInfo</c>).</summary>
    [JsonPropertyName("invoiceInfo")]
    public string? InvoiceInfo { get; init; }

    /// <summary>The invoice code (<c>invoiceCode</c>).</summary>
    [JsonPropertyName("invoiceCode")]
    public string? InvoiceCode { get; init; }

    /// <summary>The buyer's remark (<c>orderRemark</c>).</summary>
    [JsonPropertyName("orderRemark")]
    public string? OrderRemark { get; init; }

    /// <summary>When the order was placed (<c>orderStartTime</c>, Beijing time).</summary>
    [JsonPropertyName("orderStartTime")]
    public DateTimeOffset? OrderStartTime { get; init; }

    /// <summary>When the order ended (<c>orderEndTime</c>).</summary>
    [JsonPropertyName("orderEndTime")]
    public DateTimeOffset? OrderEndTime { get; init; }

    /// <summary>When the payment was confirmed (<c>paymentConfirmTime</c>).</summary>
    [JsonPropertyName("paymentConfirmTime")]
    public DateTimeOffset? PaymentConfirmTime { get; init; }

    /// <summary>When the order last changed (<c>modified</c>).</summary>
    [JsonPropertyName("modified")]
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The consignee, desensitized by JD (<c>consigneeInfo</c>).</summary>
    [JsonPropertyName("consigneeInfo")]
    [JsonConverter(typeof(JdObjectConverter<OrderConsignee>))]
    public OrderConsignee? ConsigneeInfo { get; init; }

    /// <summary>The order lines (<c>itemInfoList</c>); empty when not asked for.</summary>
    [JsonPropertyName("itemInfoList")]
    [JsonConverter(typeof(JdListConverter<OrderItem>))]
    public IReadOnlyList<OrderItem> Items { get; init; } = [];

    /// <summary>The seller's remark (<c>venderRemark</c>).</summary>
    [JsonPropertyName("venderRemark")]
    public string? VenderRemark { get; init; }

    /// <summary>The balance used in yuan (<c>balanceUsed</c>).</summary>
    [JsonPropertyName("balanceUsed")]
    public decimal? BalanceUsed { get; init; }

    /// <summary>The buyer's account (<c>pin</c>), being replaced by <see cref="OpenIdBuyer"/>.</summary>
    [JsonPropertyName("pin")]
    public string? Pin { get; init; }

    /// <summary>Whether the order is a return order, as JD words it (<c>returnOrder</c>).</summary>
    [JsonPropertyName("returnOrder")]
    public string? ReturnOrder { get; init; }

    /// <summary>The waybill number(s) (<c>waybill</c>).</summary>
    [JsonPropertyName("waybill")]
    public string? Waybill { get; init; }

    /// <summary>The carrier id(s) (<c>logisticsId</c>).</summary>
    [JsonPropertyName("logisticsId")]
    public string? LogisticsId { get; init; }

    /// <summary>The parent order id (<c>parentOrderId</c>).</summary>
    [JsonPropertyName("parentOrderId")]
    public long? ParentOrderId { get; init; }

    /// <summary>The direct parent order id (<c>directParentOrderId</c>).</summary>
    [JsonPropertyName("directParentOrderId")]
    public long? DirectParentOrderId { get; init; }

    /// <summary>The order source (<c>orderSource</c>).</summary>
    [JsonPropertyName("orderSource")]
    public string? OrderSource { get; init; }

    /// <summary>The store-order flag, as JD words it (<c>storeOrder</c>).</summary>
    [JsonPropertyName("storeOrder")]
    public string? StoreOrder { get; init; }

    /// <summary>The store id (<c>storeId</c>).</summary>
    [JsonPropertyName("storeId")]
    public string? StoreId { get; init; }

    /// <summary>The service fee in yuan (<c>serviceFee</c>).</summary>
    [JsonPropertyName("serviceFee")]
    public decimal? ServiceFee { get; init; }

    /// <summary>The tax in yuan (<c>taxFee</c>).</summary>
    [JsonPropertyName("taxFee")]
    public decimal? TaxFee { get; init; }

    /// <summary>The buyer's open id (<c>open_id_buyer</c>).</summary>
    [JsonPropertyName("open_id_buyer")]
    public string? OpenIdBuyer { get; init; }

    /// <summary>The buyer's xid (<c>xid_buyer</c>).</summary>
    [JsonPropertyName("xid_buyer")]
    public string? XidBuyer { get; init; }
}
