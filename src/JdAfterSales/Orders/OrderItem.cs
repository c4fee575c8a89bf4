using System.Text.Json.Serialization;

namespace JdAfterSales.Orders;

/// <summary>One line of an order (<c>itemInfoList</c>).</summary>
public sealed class OrderItem
{
    /// <summary>The SKU (<c>skuId</c>).</summary>
    [JsonPropertyName("skuId")]
    public long SkuId { get; init; }

    /// <summary>The shop's own SKU code (<c>outerSkuId</c>).</summary>
    [JsonPropertyName("outerSkuId")]
    public string? OuterSkuId { get; init; }

    /// <summary>The product name (<c>skuName</c>).</summary>
    [JsonPropertyName("skuName")]
    public string? SkuName { get; init; }

    /// <summary>The JD price, yuan (<c>jdPrice</c>).</summary>
    [JsonPropertyName("jdPrice")]
    public decimal? JdPrice { get; init; }

    /// <summary>The quantity (<c>itemTotal</c>).</summary>
    [JsonPropertyName("itemTotal")]
    public int? Quantity { get; init; }

    /// <summary>The product (ware) id (<c>wareId</c>).</summary>
    [JsonPropertyName("wareId")]
    public long? WareId { get; init; }
}
