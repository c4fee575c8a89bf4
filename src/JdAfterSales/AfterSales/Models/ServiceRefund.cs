using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The money of one after-sales refund on an order (<c>jingdong.asc.serviceAndRefund.view</c> item).</summary>
public sealed class ServiceRefund
{
    /// <summary>The after-sales refund id.</summary>
    [JsonInclude]
    [JsonPropertyName("afsRefundId")]
    public long AfsRefundId { get; internal set; }

    /// <summary>The amount refunded, in yuan (JD spells the wire name <c>refoundAmount</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("refoundAmount")]
    public decimal? RefundAmount { get; internal set; }

    /// <summary>When the refund completed (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("completeTime")]
    public DateTimeOffset? CompleteTime { get; internal set; }

    /// <summary>JD's refund status code: 13 succeeded, 14 failed.</summary>
    [JsonInclude]
    [JsonPropertyName("status")]
    public int? Status { get; internal set; }

    /// <summary>The service order the refund belongs to.</summary>
    [JsonInclude]
    [JsonPropertyName("sameOrderServiceBill")]
    [JsonConverter(typeof(JdObjectConverter<SameOrderServiceBill>))]
    public SameOrderServiceBill? ServiceBill { get; internal set; }
}
