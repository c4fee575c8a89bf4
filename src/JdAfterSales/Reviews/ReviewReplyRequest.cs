using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary><c>jingdong.club.pop.commentreply.save</c>.</summary>
internal sealed class ReviewReplyRequest(string commentId, string content, long replyId) : IJdRequest<ReviewReplyPayload>
{
    public string Method => "jingdong.club.pop.commentreply.save";

    public JdOperationKind OperationKind => JdOperationKind.Write;

    public JsonTypeInfo<ReviewReplyPayload> ResponseTypeInfo => JdJsonContext.Default.ReviewReplyPayload;

    public void WriteParameters(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("commentId", commentId);
        writer.WriteString("content", content);
        writer.WriteNumber("replyId", replyId);
        writer.WriteEndObject();
    }
}
