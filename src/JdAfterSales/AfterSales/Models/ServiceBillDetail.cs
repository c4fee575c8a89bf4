using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>One item of a service order (<c>serviceBillDetailList</c>).</summary>
public sealed class ServiceBillDetail
{
    /// <summary>The item's id in the service order (what <c>applyDetailIdList</c> takes).</summary>
    [JsonInclude]
    [JsonPropertyName("serviceDetailId")]
    public long ServiceDetailId { get; internal set; }

    /// <summary>The SKU.</summary>
    [JsonInclude]
    [JsonPropertyName("skuId")]
    public long? SkuId { get; internal set; }

    /// <summary>The product name.</summary>
    [JsonInclude]
    [JsonPropertyName("wareName")]
    public string? WareName { get; internal set; }

    /// <summary>The brand.</summary>
    [JsonInclude]
    [JsonPropertyName("wareBrand")]
    public string? WareBrand { get; internal set; }

    /// <summary>JD's product type code.</summary>
    [JsonInclude]
    [JsonPropertyName("wareType")]
    public int? WareType { get; internal set; }

    /// <summary>JD's SKU type code.</summary>
    [JsonInclude]
    [JsonPropertyName("skuType")]
    public int? SkuType { get; internal set; }

    /// <summary>The price paid, in yuan.</summary>
    [JsonInclude]
    [JsonPropertyName("payPrice")]
    public decimal? PayPrice { get; internal set; }

    /// <summary>What the customer actually paid after discounts, in yuan.</summary>
    [JsonInclude]
    [JsonPropertyName("actualPayPrice")]
    public decimal? ActualPayPrice { get; internal set; }

    /// <summary>The quantity.</summary>
    [JsonInclude]
    [JsonPropertyName("wareNum")]
    public int? WareNumber { get; internal set; }
}
