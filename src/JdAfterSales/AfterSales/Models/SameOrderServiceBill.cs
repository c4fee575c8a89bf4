using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The service order behind a refund (<c>sameOrderServiceBill</c>).</summary>
public sealed class SameOrderServiceBill
{
    /// <summary>The service order.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; internal set; }

    /// <summary>The after-sales application.</summary>
    [JsonInclude]
    [JsonPropertyName("afsApplyId")]
    public long? ApplyId { get; internal set; }

    /// <summary>The order.</summary>
    [JsonInclude]
    [JsonPropertyName("orderId")]
    public long? OrderId { get; internal set; }

    /// <summary>The product.</summary>
    [JsonInclude]
    [JsonPropertyName("wareId")]
    public long? WareId { get; internal set; }

    /// <summary>The product name.</summary>
    [JsonInclude]
    [JsonPropertyName("wareName")]
    public string? WareName { get; internal set; }

    /// <summary>The auditor's name.</summary>
    [JsonInclude]
    [JsonPropertyName("approveName")]
    public string? ApproveName { get; internal set; }

    /// <summary>When the customer applied (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("afsApplyTime")]
    public DateTimeOffset? ApplyTime { get; internal set; }

    /// <summary>When it was audited (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("approveDate")]
    public DateTimeOffset? ApproveDate { get; internal set; }

    /// <summary>The customer's description of the problem.</summary>
    [JsonInclude]
    [JsonPropertyName("questionDesc")]
    public string? QuestionDescription { get; internal set; }

    /// <summary>The customer's JD account.</summary>
    [JsonInclude]
    [JsonPropertyName("customerPin")]
    public string? CustomerPin { get; internal set; }

    /// <summary>The auditor's notes.</summary>
    [JsonInclude]
    [JsonPropertyName("approveNotes")]
    public string? ApproveNotes { get; internal set; }

    /// <summary>The customer's reason.</summary>
    [JsonInclude]
    [JsonPropertyName("applyReason")]
    public string? ApplyReason { get; internal set; }
}
