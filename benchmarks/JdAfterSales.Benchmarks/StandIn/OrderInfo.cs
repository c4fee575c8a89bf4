using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Benchmarks.StandIn;

/// <summary>Stand-in for one order (<c>OrderInfo</c>, JD-API.md §5.3): ids as <c>long</c>, money as <c>decimal</c>, times in Beijing time.</summary>
public sealed class OrderInfo
{
    [JsonPropertyName("orderId")] public long OrderId { get; init; }
    [JsonPropertyName("venderId")] public long? VenderId { get; init; }
    [JsonPropertyName("orderType")] public int? OrderType { get; init; }
    [JsonPropertyName("payType")] public string? PayType { get; init; }
    [JsonPropertyName("orderTotalPrice")] public decimal? OrderTotalPrice { get; init; }
    [JsonPropertyName("orderSellerPrice")] public decimal? OrderSellerPrice { get; init; }
    [JsonPropertyName("orderPayment")] public decimal? OrderPayment { get; init; }
    [JsonPropertyName("freightPrice")] public decimal? FreightPrice { get; init; }
    [JsonPropertyName("sellerDiscount")] public decimal? SellerDiscount { get; init; }
    [JsonPropertyName("orderState")] public string? OrderState { get; init; }
    [JsonPropertyName("orderStateRemark")] public string? OrderStateRemark { get; init; }
    [JsonPropertyName("deliveryType")] public string? DeliveryType { get; init; }
    [JsonPropertyName("invoiceCode")] public string? InvoiceCode { get; init; }
    [JsonPropertyName("orderRemark")] public string? OrderRemark { get; init; }
    [JsonPropertyName("orderStartTime")] public DateTimeOffset? OrderStartTime { get; init; }
    [JsonPropertyName("orderEndTime")] public DateTimeOffset? OrderEndTime { get; init; }
    [JsonPropertyName("paymentConfirmTime")] public DateTimeOffset? PaymentConfirmTime { get; init; }
    [JsonPropertyName("modified")] public DateTimeOffset? Modified { get; init; }
    [JsonPropertyName("venderRemark")] public string? VenderRemark { get; init; }
    [JsonPropertyName("balanceUsed")] public decimal? BalanceUsed { get; init; }
    [JsonPropertyName("pin")] public string? Pin { get; init; }
    [JsonPropertyName("returnOrder")] public string? ReturnOrder { get; init; }
    [JsonPropertyName("waybill")] public string? Waybill { get; init; }
    [JsonPropertyName("logisticsId")] public string? LogisticsId { get; init; }
    [JsonPropertyName("parentOrderId")] public long? ParentOrderId { get; init; }
    [JsonPropertyName("orderSource")] public string? OrderSource { get; init; }
    [JsonPropertyName("storeId")] public string? StoreId { get; init; }
    [JsonPropertyName("open_id_buyer")] public string? OpenIdBuyer { get; init; }
    [JsonPropertyName("xid_buyer")] public string? XidBuyer { get; init; }

    [JsonPropertyName("consigneeInfo")]
    [JsonConverter(typeof(JdObjectConverter<OrderConsignee>))]
    public OrderConsignee? Consignee { get; init; }

    [JsonPropertyName("itemInfoList")]
    [JsonConverter(typeof(JdListConverter<OrderItem>))]
    public IReadOnlyList<OrderItem> Items { get; init; } = [];
}

/// <summary>Stand-in for <c>consigneeInfo</c>; JD masks the personal fields.</summary>
public sealed class OrderConsignee
{
    [JsonPropertyName("fullname")] public string? FullName { get; init; }
    [JsonPropertyName("telephone")] public string? Telephone { get; init; }
    [JsonPropertyName("mobile")] public string? Mobile { get; init; }
    [JsonPropertyName("fullAddress")] public string? FullAddress { get; init; }
    [JsonPropertyName("province")] public string? Province { get; init; }
    [JsonPropertyName("city")] public string? City { get; init; }
    [JsonPropertyName("county")] public string? County { get; init; }
    [JsonPropertyName("town")] public string? Town { get; init; }
    [JsonPropertyName("provinceId")] public int? ProvinceId { get; init; }
    [JsonPropertyName("cityId")] public int? CityId { get; init; }
    [JsonPropertyName("countyId")] public int? CountyId { get; init; }
    [JsonPropertyName("townId")] public int? TownId { get; init; }
}

/// <summary>Stand-in for one line of <c>itemInfoList</c>.</summary>
public sealed class OrderItem
{
    [JsonPropertyName("skuId")] public long SkuId { get; init; }
    [JsonPropertyName("outerSkuId")] public string? OuterSkuId { get; init; }
    [JsonPropertyName("skuName")] public string? SkuName { get; init; }
    [JsonPropertyName("jdPrice")] public decimal? JdPrice { get; init; }
    [JsonPropertyName("giftPoint")] public int? GiftPoint { get; init; }
    [JsonPropertyName("wareId")] public long? WareId { get; init; }
    [JsonPropertyName("itemTotal")] public int? ItemTotal { get; init; }
    [JsonPropertyName("productNo")] public string? ProductNo { get; init; }
    [JsonPropertyName("serviceName")] public string? ServiceName { get; init; }
    [JsonPropertyName("newStoreId")] public string? NewStoreId { get; init; }
}
