using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>One item received back (<c>receiveWareList</c> of <c>jingdong.asc.receive.view</c>, JD's <c>ReceiveWare</c>).</summary>
public sealed class ReceiptWare
{
    /// <summary>The SKU received.</summary>
    [JsonInclude]
    [JsonPropertyName("skuId")]
    public long? SkuId { get; internal set; }

    /// <summary>The product's name.</summary>
    [JsonInclude]
    [JsonPropertyName("wareName")]
    public string? WareName { get; internal set; }

    /// <summary>JD's ware type code (main item, accessory, gift…).</summary>
    [JsonInclude]
    [JsonPropertyName("wareType")]
    public int? WareType { get; internal set; }

    /// <summary>JD's name of <see cref="WareType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("wareTypeName")]
    public string? WareTypeName { get; internal set; }

    /// <summary>JD's SKU type code.</summary>
    [JsonInclude]
    [JsonPropertyName("skuType")]
    public int? SkuType { get; internal set; }

    /// <summary>JD's name of <see cref="SkuType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("skuTypeName")]
    public string? SkuTypeName { get; internal set; }

    /// <summary>JD's unique id of the SKU line.</summary>
    [JsonInclude]
    [JsonPropertyName("skuUuid")]
    public string? SkuUuid { get; internal set; }

    /// <summary>The quantity received.</summary>
    [JsonInclude]
    [JsonPropertyName("wareNum")]
    public int? WareNumber { get; internal set; }

    /// <summary>The part code, for repairs.</summary>
    [JsonInclude]
    [JsonPropertyName("partCode")]
    public string? PartCode { get; internal set; }
}
