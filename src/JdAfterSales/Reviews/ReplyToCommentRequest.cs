using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Reviews;

/// <summary>
/// Parameters of <c>jingdong.club.pop.commentreply.save</c> (<see cref="JosMethods.ClubPopCommentreplySave"/>):
/// reply to a customer's comment, or to one of its replies. A write. JD answers with no id of the saved reply: read
/// the comment again to see it. Sent by <see cref="ReviewsClient.ReplyToCommentAsync"/>.
/// </summary>
public sealed record ReplyToCommentRequest : JdRequest<JdWriteResult>
{
    /// <summary>What JD takes as <c>replyId</c> for a reply to the comment itself.</summary>
    private const string CommentItself = "-1";

    private static readonly JdResponseContract<CommentReplyPayload, JdWriteResult> Contract = new(
        ReviewsJsonContext.Default.CommentReplyPayload,
        static (payload, request) => payload.ResultCode is null
            ? throw JdMissingPayload.OfWrite(request.Method, "resultCode")
            : new JdWriteResult(request.Method, payload.ResultCode, payload.ResultMessage));

    /// <summary>The comment (<c>commentId</c>).</summary>
    [JsonPropertyName("commentId")]
    public required string CommentId { get; init; }

    /// <summary>The reply's text (<c>content</c>).</summary>
    [JsonPropertyName("content")]
    public required string Content { get; init; }

    /// <summary>
    /// The earlier reply this one answers (<c>replyId</c>, sent as a string); <c>null</c> to reply to the comment itself
    /// (JD's <c>"-1"</c>).
    /// </summary>
    [JsonIgnore]
    public long? ReplyId { get; init; }

    [JsonInclude]
    [JsonPropertyName("replyId")]
    internal string ReplyIdOnWire => ReplyId?.ToString(CultureInfo.InvariantCulture) ?? CommentItself;

    internal override JdResponseContract<JdWriteResult> Response => Contract;

    private protected override string JosMethod => JosMethods.ClubPopCommentreplySave;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Write;

    private protected override JsonSerializerContext ParametersContext => ReviewsJsonContext.Default;

    internal override void Validate()
    {
        JdRequestRules.RequireText(CommentId, "commentId", "the comment");
        JdRequestRules.RequireText(Content, "content", "the reply's text");
        JdRequestRules.RequirePositive(ReplyId, "replyId");
    }
}
