using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Refunds;

/// <summary>The payload of <c>jingdong.pop.afs.soa.refundapply.replyRefund</c>: <c>{"code":"0","replyResult":{…}}</c>.</summary>
internal sealed class RefundReplyPayload : IJdBusinessOutcome
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("replyResult")]
    public RefundReplyResult? ReplyResult { get; set; }

    public JdBusinessError? GetBusinessError() =>
        ReplyResult is { } result ? RefundOutcome.ErrorOf(result.Success, result.ErrorCode, result.ErrorMessage) : null;
}
