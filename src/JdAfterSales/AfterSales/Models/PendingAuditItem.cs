using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// One item of an application waiting for audit (<see cref="PendingAuditDetail.Items"/>, JD's <c>ApplyDetail</c>).
/// </summary>
public sealed class PendingAuditItem
{
    private long? _applyDetailId;
    private long? _applyDetailIdLong;

    /// <summary>
    /// The item's id in the application: what <c>applyDetailIdList</c> takes. JD's newer answers send it as
    /// <c>applyDetailIdLong</c> beside the older <c>applyDetailId</c>; the newer one wins when both come.
    /// </summary>
    [JsonInclude]
    [JsonPropertyName("applyDetailId")]
    public long? ApplyDetailId
    {
        get => _applyDetailIdLong ?? _applyDetailId;
        internal set => _applyDetailId = value;
    }

    [JsonInclude]
    [JsonPropertyName("applyDetailIdLong")]
    internal long? ApplyDetailIdLong
    {
        get => _applyDetailIdLong;
        set => _applyDetailIdLong = value;
    }

    /// <summary>The SKU.</summary>
    [JsonInclude]
    [JsonPropertyName("skuId")]
    public long? SkuId { get; internal set; }

    /// <summary>The product name.</summary>
    [JsonInclude]
    [JsonPropertyName("wareName")]
    public string? WareName { get; internal set; }

    /// <summary>JD's ware type code (10 is the main item).</summary>
    [JsonInclude]
    [JsonPropertyName("wareType")]
    public int? WareType { get; internal set; }

    /// <summary>JD's name of <see cref="WareType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("wareTypeName")]
    public string? WareTypeName { get; internal set; }

    /// <summary>JD's description of the item.</summary>
    [JsonInclude]
    [JsonPropertyName("wareDescribe")]
    public string? WareDescription { get; internal set; }

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

    /// <summary>JD's extension fields as a JSON string.</summary>
    [JsonInclude]
    [JsonPropertyName("extJsonStr")]
    public string? ExtJson { get; internal set; }
}
