using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>A customer's comment on a product (PopCommentJosVo).</summary>
public sealed class Comment
{
    /// <summary>The comment's id (<c>commentId</c>, a string at JD).</summary>
    [JsonPropertyName("commentId")]
    public string CommentId { get; init; } = string.Empty;

    /// <summary>The SKU (<c>skuid</c>).</summary>
    [JsonPropertyName("skuid")]
    public long? SkuId { get; init; }

    /// <summary>The product name (<c>skuName</c>).</summary>
    [JsonPropertyName("skuName")]
    public string? SkuName { get; init; }

    /// <summary>The text (<c>content</c>).</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>When it was written (<c>creationTime</c>).</summary>
    [JsonPropertyName("creationTime")]
    public DateTimeOffset? CreationTime { get; init; }

    /// <summary>The score, 1 (worst) to 5 (best) (<c>score</c>).</summary>
    [JsonPropertyName("score")]
    public int? Score { get; init; }

    /// <summary>JD's status code of the comment (<c>status</c>; its values are not documented).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }

    /// <summary>How many replies it has (<c>replyCount</c>).</summary>
    [JsonPropertyName("replyCount")]
    public int? ReplyCount { get; init; }

    /// <summary>How many found it useful (<c>usefulCount</c>).</summary>
    [JsonPropertyName("usefulCount")]
    public int? UsefulCount { get; init; }

    /// <summary>Whether the shop has replied (<c>isVenderReply</c>).</summary>
    [JsonPropertyName("isVenderReply")]
    public bool? IsVenderReply { get; init; }

    /// <summary>The customer's masked nickname (<c>nickName</c>).</summary>
    [JsonPropertyName("nickName")]
    public string? NickName { get; init; }

    /// <summary>The order (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    /// <summary>The replies (<c>replies</c>).</summary>
    [JsonPropertyName("replies")]
    [JsonConverter(typeof(JdListConverter<CommentReply>))]
    public IReadOnlyList<CommentReply> Replies { get; init; } = [];

    /// <summary>The pictures (<c>images</c>).</summary>
    [JsonPropertyName("images")]
    [JsonConverter(typeof(JdListConverter<CommentImage>))]
    public IReadOnlyList<CommentImage> Images { get; init; } = [];
}
