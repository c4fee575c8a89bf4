using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>How returned goods were registered on receipt (<c>jingdong.asc.receive.view</c>, JD's <c>ReceiveDetail</c>).</summary>
public sealed class ReceiptDetail
{
    /// <summary>The service order.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; internal set; }

    /// <summary>The receipt's id.</summary>
    [JsonInclude]
    [JsonPropertyName("receiveId")]
    public long? ReceiveId { get; internal set; }

    /// <summary>JD's receipt type code (10 = unpacked and registered).</summary>
    [JsonInclude]
    [JsonPropertyName("receiveType")]
    public int? ReceiveType { get; internal set; }

    /// <summary>JD's name of <see cref="ReceiveType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("receiveTypeName")]
    public string? ReceiveTypeName { get; internal set; }

    /// <summary>When the goods were received (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("receiveDate")]
    public DateTimeOffset? ReceiveDate { get; internal set; }

    /// <summary>The part code, for repairs.</summary>
    [JsonInclude]
    [JsonPropertyName("partCode")]
    public string? PartCode { get; internal set; }

    /// <summary>JD's packaging state code (10 = intact).</summary>
    [JsonInclude]
    [JsonPropertyName("packingState")]
    public int? PackingState { get; internal set; }

    /// <summary>JD's name of <see cref="PackingState"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("packingStateName")]
    public string? PackingStateName { get; internal set; }

    /// <summary>JD's function state code (10 = good).</summary>
    [JsonInclude]
    [JsonPropertyName("qualityState")]
    public int? QualityState { get; internal set; }

    /// <summary>JD's name of <see cref="QualityState"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("qualityStateName")]
    public string? QualityStateName { get; internal set; }

    /// <summary>JD's appearance state code (10 = good).</summary>
    [JsonInclude]
    [JsonPropertyName("appearanceState")]
    public int? AppearanceState { get; internal set; }

    /// <summary>JD's name of <see cref="AppearanceState"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("appearanceStateName")]
    public string? AppearanceStateName { get; internal set; }

    /// <summary>JD's invoice state code (10 = present).</summary>
    [JsonInclude]
    [JsonPropertyName("invoiceRecordState")]
    public int? InvoiceRecordState { get; internal set; }

    /// <summary>JD's name of <see cref="InvoiceRecordState"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("invoiceRecordStateName")]
    public string? InvoiceRecordStateName { get; internal set; }

    /// <summary>JD's registration reason code.</summary>
    [JsonInclude]
    [JsonPropertyName("judgmentReason")]
    public int? JudgmentReason { get; internal set; }

    /// <summary>JD's name of <see cref="JudgmentReason"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("judgmentReasonName")]
    public string? JudgmentReasonName { get; internal set; }

    /// <summary>JD's accessory and gift state code.</summary>
    [JsonInclude]
    [JsonPropertyName("accessoryOrGift")]
    public int? AccessoryOrGift { get; internal set; }

    /// <summary>JD's name of <see cref="AccessoryOrGift"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("accessoryOrGiftName")]
    public string? AccessoryOrGiftName { get; internal set; }

    /// <summary>The receipt remark.</summary>
    [JsonInclude]
    [JsonPropertyName("receiveRemark")]
    public string? ReceiveRemark { get; internal set; }

    /// <summary>Whether the receipt was flagged abnormal.</summary>
    [JsonInclude]
    [JsonPropertyName("abnormalFlag")]
    public bool? Abnormal { get; internal set; }

    /// <summary>What was received, item by item, with quantities; empty when JD leaves the list out.</summary>
    [JsonInclude]
    [JsonPropertyName("receiveWareList")]
    [JsonConverter(typeof(JdListConverter<ReceiptWare>))]
    public IReadOnlyList<ReceiptWare> Wares { get; internal set; } = [];

    /// <summary>JD's extension JSON as a string.</summary>
    [JsonInclude]
    [JsonPropertyName("extJsonStr")]
    public string? ExtJson { get; internal set; }
}
