using System.Text.Json.Serialization;

namespace JdAfterSales.Orders;

/// <summary>One line of an order (<c>itemInfoList</c>).</summary>
public sealed class OrderItem
{
    /// <summary>The SKU (<c>skuId</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("skuId")]
    public long SkuId { get; internal set; }

    /// <summary>The shop's own SKU code (<c>outerSkuId</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("outerSkuId")]
    public string? OuterSkuId { get; internal set; }

    /// <summary>The product name (<c>skuName</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("skuName")]
    public string? SkuName { get; internal set; }

    /// <summary>The JD price, yuan (<c>jdPrice</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("jdPrice")]
    public decimal? JdPrice { get; internal set; }

    /// <summary>The quantity (<c>itemTotal</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("itemTotal")]
    public int? Quantity { get; internal set; }

    /// <summary>The product (ware) id (<c>wareId</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("wareId")]
    public long? WareId { get; internal set; }
}
