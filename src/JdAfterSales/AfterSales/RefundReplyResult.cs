using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>replyResult</c> object of <c>jingdong.pop.afs.soa.refundapply.replyRefund</c>.</summary>
public sealed class RefundReplyResult
{
    /// <summary>Whether JD says the call succeeded.</summary>
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    /// <summary>JD's error code (empty on success; <c>E_STATUS</c> when the application is no longer pending).</summary>
    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; init; }

    /// <summary>JD's error message, usually Chinese (empty on success).</summary>
    [JsonPropertyName("errorMsg")]
    public string? ErrorMessage { get; init; }
}
