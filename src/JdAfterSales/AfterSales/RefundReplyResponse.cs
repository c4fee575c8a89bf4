using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>The payload of <c>jingdong.pop.afs.soa.refundapply.replyRefund</c>: <c>{"code":"0","replyResult":{…}}</c>.</summary>
public sealed class RefundReplyResponse : IJdBusinessOutcome
{
    /// <summary>The gateway-level code (<c>"0"</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The result, with JD's own success flag.</summary>
    [JsonPropertyName("replyResult")]
    public RefundReplyResult? ReplyResult { get; init; }

    /// <inheritdoc />
    public JdBusinessError? GetBusinessError() =>
        ReplyResult is { } result ? RefundOutcome.ErrorOf(result.Success, result.ErrorCode, result.ErrorMessage) : null;
}
