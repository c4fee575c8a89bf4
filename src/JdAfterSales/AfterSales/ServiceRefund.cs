using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The money of one after-sales refund on an order (<c>jingdong.asc.serviceAndRefund.view</c> item).</summary>
public sealed class ServiceRefund
{
    /// <summary>The after-sales refund id.</summary>
    [JsonPropertyName("afsRefundId")]
    public long AfsRefundId { get; init; }

    /// <summary>The amount refunded, in yuan (JD spells the wire name <c>refoundAmount</c>).</summary>
    [JsonPropertyName("refoundAmount")]
    public decimal? RefundAmount { get; init; }

    /// <summary>When the refund completed (Beijing time).</summary>
    [JsonPropertyName("completeTime")]
    public DateTimeOffset? CompleteTime { get; init; }

    /// <summary>JD's refund status code: 13 succeeded, 14 failed.</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }

    /// <summary>The service order the refund belongs to.</summary>
    [JsonPropertyName("sameOrderServiceBill")]
    [JsonConverter(typeof(JdObjectConverter<SameOrderServiceBill>))]
    public SameOrderServiceBill? ServiceBill { get; init; }
}
