using System.Text.Json.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>A reply to a review (<c>replies</c> item).</summary>
public sealed class ReviewReply
{
    /// <summary>The reply's id (<c>replyId</c>); pass it to <see cref="ReviewsClient.ReplyAsync"/> to answer this reply.</summary>
    [JsonPropertyName("replyId")]
    public long? ReplyId { get; init; }

    /// <summary>The text (<c>content</c>).</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>When it was written (<c>creationTime</c>).</summary>
    [JsonPropertyName("creationTime")]
    public DateTimeOffset? CreationTime { get; init; }

    /// <summary>Who wrote it (<c>nickName</c>).</summary>
    [JsonPropertyName("nickName")]
    public string? NickName { get; init; }
}
