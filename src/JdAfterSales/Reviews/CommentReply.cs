using System.Text.Json.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>A reply under a comment (<c>replies</c>).</summary>
public sealed class CommentReply
{
    /// <summary>The reply's id (<c>replyId</c>).</summary>
    [JsonPropertyName("replyId")]
    public long? ReplyId { get; init; }

    /// <summary>The text (<c>content</c>).</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>When (<c>creationTime</c>).</summary>
    [JsonPropertyName("creationTime")]
    public DateTimeOffset? CreationTime { get; init; }

    /// <summary>Who replied (<c>nickName</c>).</summary>
    [JsonPropertyName("nickName")]
    public string? NickName { get; init; }
}
