using System.Text.Json.Serialization;

namespace JdAfterSales.Orders;

/// <summary>One line of an order (<c>itemInfoList</c> item).</summary>
public sealed class OrderItem
{
    /// <summary>The SKU id (<c>skuId</c>).</summary>
    [JsonPropertyName("skuId")]
    public long SkuId { get; init; }

    /// <summary>The seller's own SKU code (<c>outerSkuId</c>).</summary>
    [JsonPropertyName("outerSkuId")]
    public string? OuterSkuId { get; init; }

    /// <summary>The SKU name (<c>skuName</c>).</summary>
    [JsonPropertyName("skuName")]
    public string? SkuName { get; init; }

    /// <summary>The JD price in yuan (<c>jdPrice</c>).</summary>
    [JsonPropertyName("jdPrice")]
    public decimal? JdPrice { get; init; }

    /// <summary>The gift points (<c>giftPoint</c>).</summary>
    [JsonPropertyName("giftPoint")]
    public int? GiftPoint { get; init; }

    /// <summary>The ware (product) id (<c>wareId</c>).</summary>
    [JsonPropertyName("wareId")]
    public long? WareId { get; init; }

    /// <summary>The quantity (<c>itemTotal</c>).</summary>
    [JsonPropertyName("itemTotal")]
    public int? Quantity { get; init; }

    /// <summary>The product number (<c>productNo</c>).</summary>
    [JsonPropertyName("productNo")]
    public string? ProductNo { get; init; }

    /// <summary>The service name (<c>serviceName</c>).</summary>
    [JsonPropertyName("serviceName")]
    public string? ServiceName { get; init; }

    /// <summary>The store id (<c>newStoreId</c>).</summary>
    [JsonPropertyName("newStoreId")]
    public string? NewStoreId { get; init; }
}
