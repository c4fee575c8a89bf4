using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A refund application (仅退款), as <c>jingdong.pop.afs.soa.refundapply.*</c> returns it.</summary>
public sealed class RefundApplication
{
    /// <summary>The application's id.</summary>
    [JsonPropertyName("id")]
    public long Id { get; init; }

    /// <summary>The order (JD sends it as a string).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    /// <summary>The status.</summary>
    [JsonPropertyName("status")]
    public RefundStatus Status { get; init; }

    /// <summary>The customer's JD account.</summary>
    [JsonPropertyName("buyerId")]
    public string? BuyerId { get; init; }

    /// <summary>The customer's name.</summary>
    [JsonPropertyName("buyerName")]
    public string? BuyerName { get; init; }

    /// <summary>The customer's open id, where JD sends it.</summary>
    [JsonPropertyName("open_id_buyer")]
    public string? BuyerOpenId { get; init; }

    /// <summary>When the customer applied (Beijing time).</summary>
    [JsonPropertyName("applyTime")]
    public DateTimeOffset? ApplyTime { get; init; }

    /// <summary>When the application was audited (Beijing time); <c>null</c> while pending.</summary>
    [JsonPropertyName("checkTime")]
    public DateTimeOffset? CheckTime { get; init; }

    /// <summary>The amount asked for, in yuan.</summary>
    [JsonPropertyName("applyRefundSum")]
    public decimal? ApplyRefundSum { get; init; }

    /// <summary>Who audited it.</summary>
    [JsonPropertyName("checkUserName")]
    public string? CheckUserName { get; init; }

    /// <summary>The auditor's remark.</summary>
    [JsonPropertyName("checkRemark")]
    public string? CheckRemark { get; init; }

    /// <summary>The customer's reason.</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>JD's source system code.</summary>
    [JsonPropertyName("systemId")]
    public int? SystemId { get; init; }

    /// <summary>The store, for shops with stores (0 when none).</summary>
    [JsonPropertyName("storeId")]
    public long? StoreId { get; init; }

    /// <summary>JD's partial-refund type code (<c>queryById</c> only).</summary>
    [JsonPropertyName("partRefundType")]
    public int? PartRefundType { get; init; }
}
