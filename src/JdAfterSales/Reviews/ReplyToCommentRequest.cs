using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>Parameters of <c>jingdong.club.pop.commentreply.save</c>: the shop replies to a comment.</summary>
public sealed record ReplyToCommentRequest : IJdRequest<CommentReplyResponse>
{
    /// <summary>The comment (<c>commentId</c>).</summary>
    public required string CommentId { get; init; }

    /// <summary>The reply's text (<c>content</c>).</summary>
    public required string Content { get; init; }

    /// <summary>The reply being answered (<c>replyId</c>); -1 answers the comment itself.</summary>
    public long ReplyTo { get; init; } = -1;

    /// <summary><c>jingdong.club.pop.commentreply.save</c>.</summary>
    public string Method => "jingdong.club.pop.commentreply.save";

    /// <summary>Always <see cref="JdOperationKind.Write"/>: never re-sent after it may have reached JD.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Write;

    JsonTypeInfo<CommentReplyResponse> IJdRequest<CommentReplyResponse>.ResponseTypeInfo => ReviewsJsonContext.Default.CommentReplyResponse;

    void IJdRequest<CommentReplyResponse>.WriteParameters(Utf8JsonWriter writer)
    {
        if (string.IsNullOrWhiteSpace(CommentId))
        {
            throw new JdValidationException("commentId", "is required.");
        }

        if (string.IsNullOrWhiteSpace(Content))
        {
            throw new JdValidationException("content", "is required: the reply's text.");
        }

        if (ReplyTo is 0 or < -1)
        {
            throw new JdValidationException("replyId", "must be -1 (the comment itself) or a positive reply id.");
        }

        writer.WriteStartObject();
        writer.WriteString("commentId", CommentId);
        writer.WriteString("content", Content);
        writer.WriteNumber("replyId", ReplyTo);
        writer.WriteEndObject();
    }
}
