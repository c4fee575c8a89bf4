using System.Text.Json.Serialization;

namespace JdAfterSales.Refunds;

/// <summary>A refund application (仅退款), as <c>jingdong.pop.afs.soa.refundapply.*</c> returns it.</summary>
public sealed class RefundApplication
{
    /// <summary>The application's id.</summary>
    [JsonInclude]
    [JsonPropertyName("id")]
    public long Id { get; internal set; }

    /// <summary>The order (JD sends it as a string).</summary>
    [JsonInclude]
    [JsonPropertyName("orderId")]
    public long? OrderId { get; internal set; }

    /// <summary>The status.</summary>
    [JsonInclude]
    [JsonPropertyName("status")]
    public RefundStatus Status { get; internal set; }

    /// <summary>The customer's JD account.</summary>
    [JsonInclude]
    [JsonPropertyName("buyerId")]
    public string? BuyerId { get; internal set; }

    /// <summary>The customer's name.</summary>
    [JsonInclude]
    [JsonPropertyName("buyerName")]
    public string? BuyerName { get; internal set; }

    /// <summary>The customer's open id, where JD sends it.</summary>
    [JsonInclude]
    [JsonPropertyName("open_id_buyer")]
    public string? BuyerOpenId { get; internal set; }

    /// <summary>When the customer applied (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("applyTime")]
    public DateTimeOffset? ApplyTime { get; internal set; }

    /// <summary>When the application was audited (Beijing time); <c>null</c> while pending.</summary>
    [JsonInclude]
    [JsonPropertyName("checkTime")]
    public DateTimeOffset? CheckTime { get; internal set; }

    /// <summary>The amount asked for, in yuan.</summary>
    [JsonInclude]
    [JsonPropertyName("applyRefundSum")]
    public decimal? ApplyRefundSum { get; internal set; }

    /// <summary>Who audited it.</summary>
    [JsonInclude]
    [JsonPropertyName("checkUserName")]
    public string? CheckUserName { get; internal set; }

    /// <summary>The auditor's remark.</summary>
    [JsonInclude]
    [JsonPropertyName("checkRemark")]
    public string? CheckRemark { get; internal set; }

    /// <summary>The customer's reason.</summary>
    [JsonInclude]
    [JsonPropertyName("reason")]
    public string? Reason { get; internal set; }

    /// <summary>JD's source system code.</summary>
    [JsonInclude]
    [JsonPropertyName("systemId")]
    public int? SystemId { get; internal set; }

    /// <summary>The store, for shops with stores (0 when none).</summary>
    [JsonInclude]
    [JsonPropertyName("storeId")]
    public long? StoreId { get; internal set; }

    /// <summary>JD's partial-refund type code (<c>queryById</c> only).</summary>
    [JsonInclude]
    [JsonPropertyName("partRefundType")]
    public int? PartRefundType { get; internal set; }
}
