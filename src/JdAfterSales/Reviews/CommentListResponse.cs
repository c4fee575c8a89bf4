using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>The payload of <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>; <c>resultCode</c> "1" is success.</summary>
public sealed class CommentListResponse : IJdBusinessOutcome
{
    /// <summary>JD's result code; "1" is success.</summary>
    [JsonPropertyName("resultCode")]
    public string? ResultCode { get; init; }

    /// <summary>JD's result message.</summary>
    [JsonPropertyName("resultMsg")]
    public string? ResultMessage { get; init; }

    /// <summary>The number of comments across all pages (<c>totalItem</c>).</summary>
    [JsonPropertyName("totalItem")]
    public long TotalItem { get; init; }

    /// <summary>The page (<c>page</c>).</summary>
    [JsonPropertyName("page")]
    public int? Page { get; init; }

    /// <summary>The comments on this page.</summary>
    [JsonPropertyName("comments")]
    [JsonConverter(typeof(JdListConverter<Comment>))]
    public IReadOnlyList<Comment> Comments { get; init; } = [];

    /// <inheritdoc />
    public JdBusinessError? GetBusinessError() => ResultCode == "1" ? null : new JdBusinessError(ResultCode, ResultMessage);
}
