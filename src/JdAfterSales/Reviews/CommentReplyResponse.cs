using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Reviews;

/// <summary>The payload of <c>jingdong.club.pop.commentreply.save</c>; <c>resultCode</c> "1" is success.</summary>
public sealed class CommentReplyResponse : IJdBusinessOutcome
{
    /// <summary>JD's result code; "1" is success.</summary>
    [JsonPropertyName("resultCode")]
    public string? ResultCode { get; init; }

    /// <summary>JD's result message.</summary>
    [JsonPropertyName("resultMsg")]
    public string? ResultMessage { get; init; }

    /// <summary>The new reply's id, when JD sends it.</summary>
    [JsonPropertyName("replyId")]
    public long? ReplyId { get; init; }

    /// <inheritdoc />
    public JdBusinessError? GetBusinessError() => ResultCode == "1" ? null : new JdBusinessError(ResultCode, ResultMessage);
}
