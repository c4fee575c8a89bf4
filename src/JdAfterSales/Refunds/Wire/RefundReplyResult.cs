using System.Text.Json.Serialization;

namespace JdAfterSales.Refunds;

/// <summary>The <c>replyResult</c> object of <c>jingdong.pop.afs.soa.refundapply.replyRefund</c>.</summary>
internal sealed class RefundReplyResult
{
    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    /// <summary>JD's error code (empty on success; <c>E_STATUS</c> when the application is no longer pending).</summary>
    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; set; }

    [JsonPropertyName("errorMsg")]
    public string? ErrorMessage { get; set; }
}
