using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>How returned goods were registered on receipt (<c>jingdong.asc.receive.view</c>).</summary>
public sealed class ReceiptDetail
{
    /// <summary>The receipt's id.</summary>
    [JsonPropertyName("receiveId")]
    public long? ReceiveId { get; init; }

    /// <summary>The service order.</summary>
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; init; }

    /// <summary>JD's receipt type code.</summary>
    [JsonPropertyName("receiveType")]
    public int? ReceiveType { get; init; }

    /// <summary>When the goods were received (Beijing time).</summary>
    [JsonPropertyName("receiveDate")]
    public DateTimeOffset? ReceiveDate { get; init; }

    /// <summary>Who received them (JD account).</summary>
    [JsonPropertyName("receivePin")]
    public string? ReceivePin { get; init; }

    /// <summary>Who received them (name).</summary>
    [JsonPropertyName("receiveName")]
    public string? ReceiveName { get; init; }

    /// <summary>JD's packaging state code (10 = intact).</summary>
    [JsonPropertyName("packingState")]
    public int? PackingState { get; init; }

    /// <summary>JD's function state code (10 = good).</summary>
    [JsonPropertyName("qualityState")]
    public int? QualityState { get; init; }

    /// <summary>JD's appearance state code (10 = good).</summary>
    [JsonPropertyName("appearanceState")]
    public int? AppearanceState { get; init; }

    /// <summary>JD's invoice state code (10 = present).</summary>
    [JsonPropertyName("invoiceRecordState")]
    public int? InvoiceRecordState { get; init; }

    /// <summary>JD's registration reason code.</summary>
    [JsonPropertyName("judgmentReason")]
    public int? JudgmentReason { get; init; }

    /// <summary>JD's accessory/gift state code.</summary>
    [JsonPropertyName("accessoryOrGift")]
    public int? AccessoryOrGift { get; init; }

    /// <summary>The receipt remark.</summary>
    [JsonPropertyName("receiveRemark")]
    public string? ReceiveRemark { get; init; }

    /// <summary>Whether the receipt was flagged abnormal.</summary>
    [JsonPropertyName("abnormalFlag")]
    public bool? Abnormal { get; init; }

    /// <summary>The quantity received.</summary>
    [JsonPropertyName("wareNum")]
    public int? WareNumber { get; init; }
}
