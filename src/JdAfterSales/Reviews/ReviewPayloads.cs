using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>The payload of <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>.</summary>
internal sealed class ReviewListPayload : IJdBusinessOutcome
{
    [JsonPropertyName("resultCode")]
    public string? ResultCode { get; init; }

    [JsonPropertyName("resultMsg")]
    public string? ResultMessage { get; init; }

    [JsonPropertyName("totalItem")]
    public long? TotalItem { get; init; }

    [JsonPropertyName("page")]
    public int? Page { get; init; }

    [JsonPropertyName("comments")]
    [JsonConverter(typeof(JdListConverter<Review>))]
    public IReadOnlyList<Review> Comments { get; init; } = [];

    // The comment service reports success as resultCode "1"; anything else, or none, is a failure.
    public JdBusinessError? GetBusinessError() => ResultCode == "1" ? null : new JdBusinessError(ResultCode, ResultMessage);
}

/// <summary>The payload of <c>jingdong.club.pop.commentreply.save</c>.</summary>
internal sealed class ReviewReplyPayload : IJdBusinessOutcome
{
    [JsonPropertyName("resultCode")]
    public string? ResultCode { get; init; }

    [JsonPropertyName("resultMsg")]
    public string? ResultMessage { get; init; }

    [JsonPropertyName("replyId")]
    public long? ReplyId { get; init; }

    public JdBusinessError? GetBusinessError() => ResultCode == "1" ? null : new JdBusinessError(ResultCode, ResultMessage);
}
