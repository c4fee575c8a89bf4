using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>
/// A POP order. JD returns only the fields asked for in <c>optional_fields</c>, so every member but the id may be
/// absent. Money is in yuan.
/// </summary>
public sealed class OrderInfo
{
    /// <summary>The order id (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long OrderId { get; init; }

    /// <summary>The shop (<c>venderId</c>).</summary>
    [JsonPropertyName("venderId")]
    public string? VenderId { get; init; }

    /// <summary>JD's order type code, 22 for POP SOP (<c>orderType</c>).</summary>
    [JsonPropertyName("orderType")]
    public string? OrderType { get; init; }

    /// <summary>How it was paid, for example <c>4-在线支付</c> (<c>payType</c>).</summary>
    [JsonPropertyName("payType")]
    public string? PayType { get; init; }

    /// <summary>The total price (<c>orderTotalPrice</c>).</summary>
    [JsonPropertyName("orderTotalPrice")]
    public decimal? TotalPrice { get; init; }

    /// <summary>The price to the shop (<c>orderSellerPrice</c>).</summary>
    [JsonPropertyName("orderSellerPrice")]
    public decimal? SellerPrice { get; init; }

    /// <summary>What the customer paid (<c>orderPayment</c>).</summary>
    [JsonPropertyName("orderPayment")]
    public decimal? Payment { get; init; }

    /// <summary>The freight (<c>freightPrice</c>).</summary>
    [JsonPropertyName("freightPrice")]
    public decimal? FreightPrice { get; init; }

    /// <summary>The shop's discount (<c>sellerDiscount</c>).</summary>
    [JsonPropertyName("sellerDiscount")]
    public decimal? SellerDiscount { get; init; }

    /// <summary>The state (<c>orderState</c>).</summary>
    [JsonPropertyName("orderState")]
    public OrderState? State { get; init; }

    /// <summary>JD's description of the state (<c>orderStateRemark</c>).</summary>
    [JsonPropertyName("orderStateRemark")]
    public string? StateRemark { get; init; }

    /// <summary>The customer's remark (<c>orderRemark</c>).</summary>
    [JsonPropertyName("orderRemark")]
    public string? CustomerRemark { get; init; }

    /// <summary>The shop's remark (<c>venderRemark</c>).</summary>
    [JsonPropertyName("venderRemark")]
    public string? VenderRemark { get; init; }

    /// <summary>When it was placed (<c>orderStartTime</c>).</summary>
    [JsonPropertyName("orderStartTime")]
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When it ended (<c>orderEndTime</c>).</summary>
    [JsonPropertyName("orderEndTime")]
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>When payment was confirmed (<c>paymentConfirmTime</c>).</summary>
    [JsonPropertyName("paymentConfirmTime")]
    public DateTimeOffset? PaymentConfirmTime { get; init; }

    /// <summary>When it last changed (<c>modified</c>).</summary>
    [JsonPropertyName("modified")]
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The customer's account (<c>pin</c>).</summary>
    [JsonPropertyName("pin")]
    public string? CustomerPin { get; init; }

    /// <summary>The outbound waybill (<c>waybill</c>).</summary>
    [JsonPropertyName("waybill")]
    public string? Waybill { get; init; }

    /// <summary>The carrier id (<c>logisticsId</c>).</summary>
    [JsonPropertyName("logisticsId")]
    public string? LogisticsId { get; init; }

    /// <summary>Where it goes (<c>consigneeInfo</c>).</summary>
    [JsonPropertyName("consigneeInfo")]
    [JsonConverter(typeof(JdObjectConverter<OrderConsignee>))]
    public OrderConsignee? Consignee { get; init; }

    /// <summary>The lines (<c>itemInfoList</c>).</summary>
    [JsonPropertyName("itemInfoList")]
    [JsonConverter(typeof(JdListConverter<OrderItem>))]
    public IReadOnlyList<OrderItem> Items { get; init; } = [];
}
