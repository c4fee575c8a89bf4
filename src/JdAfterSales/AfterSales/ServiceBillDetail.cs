using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>One item of a service order (<c>serviceBillDetailList</c>).</summary>
public sealed class ServiceBillDetail
{
    /// <summary>The item's id in the service order (what <c>applyDetailIdList</c> takes).</summary>
    [JsonPropertyName("serviceDetailId")]
    public long ServiceDetailId { get; init; }

    /// <summary>The SKU.</summary>
    [JsonPropertyName("skuId")]
    public long? SkuId { get; init; }

    /// <summary>The product name.</summary>
    [JsonPropertyName("wareName")]
    public string? WareName { get; init; }

    /// <summary>The brand.</summary>
    [JsonPropertyName("wareBrand")]
    public string? WareBrand { get; init; }

    /// <summary>JD's product type code.</summary>
    [JsonPropertyName("wareType")]
    public int? WareType { get; init; }

    /// <summary>JD's SKU type code.</summary>
    [JsonPropertyName("skuType")]
    public int? SkuType { get; init; }

    /// <summary>The price paid, in yuan.</summary>
    [JsonPropertyName("payPrice")]
    public decimal? PayPrice { get; init; }

    /// <summary>What the customer actually paid after discounts, in yuan.</summary>
    [JsonPropertyName("actualPayPrice")]
    public decimal? ActualPayPrice { get; init; }

    /// <summary>The quantity.</summary>
    [JsonPropertyName("wareNum")]
    public int? WareNumber { get; init; }
}
