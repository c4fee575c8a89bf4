using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>A customer's comment on a product (PopCommentJosVo).</summary>
public sealed class Comment
{
    /// <summary>The comment's id (<c>commentId</c>, a string at JD).</summary>
    [JsonInclude]
    [JsonPropertyName("commentId")]
    public string CommentId { get; internal set; } = string.Empty;

    /// <summary>The SKU (<c>skuid</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("skuid")]
    public long? SkuId { get; internal set; }

    /// <summary>The product name (<c>skuName</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("skuName")]
    public string? SkuName { get; internal set; }

    /// <summary>The text (<c>content</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("content")]
    public string? Content { get; internal set; }

    /// <summary>When it was written (<c>creationTime</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("creationTime")]
    public DateTimeOffset? CreationTime { get; internal set; }

    /// <summary>The score, 1 (worst) to 5 (best) (<c>score</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("score")]
    public int? Score { get; internal set; }

    /// <summary>JD's status code of the comment (<c>status</c>; its values are not documented).</summary>
    [JsonInclude]
    [JsonPropertyName("status")]
    public int? Status { get; internal set; }

    /// <summary>How many replies it has (<c>replyCount</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("replyCount")]
    public int? ReplyCount { get; internal set; }

    /// <summary>How many found it useful (<c>usefulCount</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("usefulCount")]
    public int? UsefulCount { get; internal set; }

    /// <summary>Whether the shop has replied (<c>isVenderReply</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("isVenderReply")]
    public bool? IsVenderReply { get; internal set; }

    /// <summary>The customer's masked nickname (<c>nickName</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("nickName")]
    public string? NickName { get; internal set; }

    /// <summary>The order (<c>orderId</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("orderId")]
    public long? OrderId { get; internal set; }

    /// <summary>The replies (<c>replies</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("replies")]
    [JsonConverter(typeof(JdListConverter<CommentReply>))]
    public IReadOnlyList<CommentReply> Replies { get; internal set; } = [];

    /// <summary>The pictures (<c>images</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("images")]
    [JsonConverter(typeof(JdListConverter<CommentImage>))]
    public IReadOnlyList<CommentImage> Images { get; internal set; } = [];
}
