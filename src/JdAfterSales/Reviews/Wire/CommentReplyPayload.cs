using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Reviews;

/// <summary>
/// The payload of <c>jingdong.club.pop.commentreply.save</c>: only <c>resultCode</c> ("1" is success) and
/// <c>resultMsg</c>; JD sends no id of the reply it saved.
/// </summary>
internal sealed class CommentReplyPayload : IJdBusinessOutcome
{
    [JsonPropertyName("resultCode")]
    public string? ResultCode { get; set; }

    [JsonPropertyName("resultMsg")]
    public string? ResultMessage { get; set; }

    public JdBusinessError? GetBusinessError() => ResultCode is null or "1" ? null : new JdBusinessError(ResultCode, ResultMessage);
}
