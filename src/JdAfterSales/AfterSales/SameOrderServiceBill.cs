using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The service order behind a refund (<c>sameOrderServiceBill</c>).</summary>
public sealed class SameOrderServiceBill
{
    /// <summary>The service order.</summary>
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; init; }

    /// <summary>The after-sales application.</summary>
    [JsonPropertyName("afsApplyId")]
    public long? ApplyId { get; init; }

    /// <summary>The order.</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    /// <summary>The product.</summary>
    [JsonPropertyName("wareId")]
    public long? WareId { get; init; }

    /// <summary>The product name.</summary>
    [JsonPropertyName("wareName")]
    public string? WareName { get; init; }

    /// <summary>The auditor's name.</summary>
    [JsonPropertyName("approveName")]
    public string? ApproveName { get; init; }

    /// <summary>When the customer applied (Beijing time).</summary>
    [JsonPropertyName("afsApplyTime")]
    public DateTimeOffset? ApplyTime { get; init; }

    /// <summary>When it was audited (Beijing time).</summary>
    [JsonPropertyName("approveDate")]
    public DateTimeOffset? ApproveDate { get; init; }

    /// <summary>The customer's description of the problem.</summary>
    [JsonPropertyName("questionDesc")]
    public string? QuestionDescription { get; init; }

    /// <summary>The customer's JD account.</summary>
    [JsonPropertyName("customerPin")]
    public string? CustomerPin { get; init; }

    /// <summary>The auditor's notes.</summary>
    [JsonPropertyName("approveNotes")]
    public string? ApproveNotes { get; init; }

    /// <summary>The customer's reason.</summary>
    [JsonPropertyName("applyReason")]
    public string? ApplyReason { get; init; }
}
