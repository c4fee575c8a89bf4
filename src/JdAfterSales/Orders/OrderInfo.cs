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
    [JsonInclude]
    [JsonPropertyName("orderId")]
    public long OrderId { get; internal set; }

    /// <summary>The shop (<c>venderId</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("venderId")]
    public string? VenderId { get; internal set; }

    /// <summary>JD's order type code, 22 for POP SOP (<c>orderType</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("orderType")]
    public string? OrderType { get; internal set; }

    /// <summary>How it was paid, for example <c>4-在线支付</c> (<c>payType</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("payType")]
    public string? PayType { get; internal set; }

    /// <summary>The total price (<c>orderTotalPrice</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("orderTotalPrice")]
    public decimal? TotalPrice { get; internal set; }

    /// <summary>The price to the shop (<c>orderSellerPrice</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("orderSellerPrice")]
    public decimal? SellerPrice { get; internal set; }

    /// <summary>What the customer paid (<c>orderPayment</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("orderPayment")]
    public decimal? Payment { get; internal set; }

    /// <summary>The freight (<c>freightPrice</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("freightPrice")]
    public decimal? FreightPrice { get; internal set; }

    /// <summary>The shop's discount (<c>sellerDiscount</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("sellerDiscount")]
    public decimal? SellerDiscount { get; internal set; }

    /// <summary>The state (<c>orderState</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("orderState")]
    public OrderState? State { get; internal set; }

    /// <summary>JD's description of the state (<c>orderStateRemark</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("orderStateRemark")]
    public string? StateRemark { get; internal set; }

    /// <summary>The customer's remark (<c>orderRemark</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("orderRemark")]
    public string? CustomerRemark { get; internal set; }

    /// <summary>The shop's remark (<c>venderRemark</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("venderRemark")]
    public string? VenderRemark { get; internal set; }

    /// <summary>When it was placed (<c>orderStartTime</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("orderStartTime")]
    public DateTimeOffset? StartTime { get; internal set; }

    /// <summary>When it ended (<c>orderEndTime</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("orderEndTime")]
    public DateTimeOffset? EndTime { get; internal set; }

    /// <summary>When payment was confirmed (<c>paymentConfirmTime</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("paymentConfirmTime")]
    public DateTimeOffset? PaymentConfirmTime { get; internal set; }

    /// <summary>When it last changed (<c>modified</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("modified")]
    public DateTimeOffset? Modified { get; internal set; }

    /// <summary>The customer's account (<c>pin</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("pin")]
    public string? CustomerPin { get; internal set; }

    /// <summary>The outbound waybill (<c>waybill</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("waybill")]
    public string? Waybill { get; internal set; }

    /// <summary>The carrier id (<c>logisticsId</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("logisticsId")]
    public string? LogisticsId { get; internal set; }

    /// <summary>Where it goes (<c>consigneeInfo</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("consigneeInfo")]
    [JsonConverter(typeof(JdObjectConverter<OrderConsignee>))]
    public OrderConsignee? Consignee { get; internal set; }

    /// <summary>The lines (<c>itemInfoList</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("itemInfoList")]
    [JsonConverter(typeof(JdListConverter<OrderItem>))]
    public IReadOnlyList<OrderItem> Items { get; internal set; } = [];
}
