using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Another service order of the same order (<c>jingdong.asc.sameorder.list</c> item, JD's <c>SameOrderServiceBill</c> of
/// that method — not the <see cref="SameOrderServiceBill"/> of <c>serviceAndRefund.view</c>).
/// </summary>
public sealed class SameOrderService
{
    /// <summary>The service order.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceId")]
    public long ServiceId { get; internal set; }

    /// <summary>The status (JD names it <c>serviceState</c> here).</summary>
    [JsonInclude]
    [JsonPropertyName("serviceState")]
    public ServiceStatus Status { get; internal set; }

    /// <summary>JD's name of <see cref="Status"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceStateName")]
    public string? StatusName { get; internal set; }

    /// <summary>The order.</summary>
    [JsonInclude]
    [JsonPropertyName("orderId")]
    public long? OrderId { get; internal set; }

    /// <summary>The SKU (JD names it <c>wareId</c> here).</summary>
    [JsonInclude]
    [JsonPropertyName("wareId")]
    public long? SkuId { get; internal set; }

    /// <summary>The product name.</summary>
    [JsonInclude]
    [JsonPropertyName("wareName")]
    public string? WareName { get; internal set; }

    /// <summary>The customer's JD account.</summary>
    [JsonInclude]
    [JsonPropertyName("customerPin")]
    public string? CustomerPin { get; internal set; }

    /// <summary>The customer's name.</summary>
    [JsonInclude]
    [JsonPropertyName("customerName")]
    public string? CustomerName { get; internal set; }

    /// <summary>The first-level audit reason code.</summary>
    [JsonInclude]
    [JsonPropertyName("approveReasonCid1")]
    public int? ApproveReasonCid1 { get; internal set; }

    /// <summary>JD's name of <see cref="ApproveReasonCid1"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("approveReasonCid1Name")]
    public string? ApproveReasonCid1Name { get; internal set; }

    /// <summary>The second-level audit reason code.</summary>
    [JsonInclude]
    [JsonPropertyName("approveReasonCid2")]
    public int? ApproveReasonCid2 { get; internal set; }

    /// <summary>JD's name of <see cref="ApproveReasonCid2"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("approveReasonCid2Name")]
    public string? ApproveReasonCid2Name { get; internal set; }

    /// <summary>JD's audit result code.</summary>
    [JsonInclude]
    [JsonPropertyName("approvedResult")]
    public int? ApproveResult { get; internal set; }

    /// <summary>JD's name of <see cref="ApproveResult"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("approvedResultName")]
    public string? ApproveResultName { get; internal set; }

    /// <summary>The auditor's JD account.</summary>
    [JsonInclude]
    [JsonPropertyName("approvePin")]
    public string? ApprovePin { get; internal set; }

    /// <summary>The auditor's name.</summary>
    [JsonInclude]
    [JsonPropertyName("approveName")]
    public string? ApproveName { get; internal set; }

    /// <summary>When it was audited (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("approvedDate")]
    public DateTimeOffset? ApproveTime { get; internal set; }

    /// <summary>Who processed it, JD account.</summary>
    [JsonInclude]
    [JsonPropertyName("processPin")]
    public string? ProcessPin { get; internal set; }

    /// <summary>Who processed it, name.</summary>
    [JsonInclude]
    [JsonPropertyName("processName")]
    public string? ProcessName { get; internal set; }

    /// <summary>When it was processed (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("processedDate")]
    public DateTimeOffset? ProcessTime { get; internal set; }

    /// <summary>JD's extension fields as a JSON string.</summary>
    [JsonInclude]
    [JsonPropertyName("extJsonStr")]
    public string? ExtJson { get; internal set; }
}
