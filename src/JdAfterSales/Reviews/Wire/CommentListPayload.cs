using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>The payload of <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>; <c>resultCode</c> "1" is success.</summary>
internal sealed class CommentListPayload : IJdBusinessOutcome
{
    [JsonPropertyName("resultCode")]
    public string? ResultCode { get; set; }

    [JsonPropertyName("resultMsg")]
    public string? ResultMessage { get; set; }

    [JsonPropertyName("totalItem")]
    public long? TotalItem { get; set; }

    [JsonPropertyName("page")]
    public int? Page { get; set; }

    [JsonPropertyName("comments")]
    [JsonConverter(typeof(JdListConverter<Comment>))]
    public IReadOnlyList<Comment> Comments { get; set; } = [];

    /// <summary>A missing <c>resultCode</c> is left to the result step; any code but "1" is a failure.</summary>
    public JdBusinessError? GetBusinessError() => ResultCode is null or "1" ? null : new JdBusinessError(ResultCode, ResultMessage);
}
