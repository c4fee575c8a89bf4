using System.Text.Json.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>A reply under a comment (<c>replies</c>).</summary>
public sealed class CommentReply
{
    /// <summary>The reply's id (<c>replyId</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("replyId")]
    public long? ReplyId { get; internal set; }

    /// <summary>The text (<c>content</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("content")]
    public string? Content { get; internal set; }

    /// <summary>When (<c>creationTime</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("creationTime")]
    public DateTimeOffset? CreationTime { get; internal set; }

    /// <summary>Who replied (<c>nickName</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("nickName")]
    public string? NickName { get; internal set; }
}
