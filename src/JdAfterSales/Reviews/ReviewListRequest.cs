using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary><c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>.</summary>
internal sealed class ReviewListRequest(ReviewQuery query, int page) : IJdRequest<ReviewListPayload>
{
    public string Method => "jingdong.pop.PopCommentJsfService.getVenderCommentsForJos";

    public JdOperationKind OperationKind => JdOperationKind.Read;

    public JsonTypeInfo<ReviewListPayload> ResponseTypeInfo => JdJsonContext.Default.ReviewListPayload;

    public void WriteParameters(Utf8JsonWriter writer) => query.Write(writer, page);
}
