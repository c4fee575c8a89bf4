using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>A buyer's review (<c>PopCommentJosVo</c>).</summary>
public sealed class Review
{
    /// <summary>The review id (<c>commentId</c>; JD sends it as a string).</summary>
    [JsonPropertyName("commentId")]
    public string CommentId { get; init; } = string.Empty;

    /// <summary>The SKU reviewed (<c>skuid</c>).</summary>
    [JsonPropertyName("skuid")]
    public long? SkuId { get; init; }

    /// <summary>The SKU's name (<c>skuName</c>).</summary>
    [JsonPropertyName("skuName")]
    public string? SkuName { get; init; }

    /// <summary>The SKU's image (<c>skuImage</c>).</summary>
    [JsonPropertyName("skuImage")]
    public string? SkuImage { get; init; }

    /// <summary>The review's text (<c>content</c>).</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>When it was written (<c>creationTime</c>, Beijing time).</summary>
    [JsonPropertyName("creationTime")]
    public DateTimeOffset? CreationTime { get; init; }

    /// <summary>The buyer's rating (<c>score</c>; JD does not document the scale, 1 to 5 in practice).</summary>
    [JsonPropertyName("score")]
    public int? Score { get; init; }

    /// <summary>JD's status code of the review (<c>status</c>; undocumented).</summary>
    [JsonPropertyName("status")]
    public int? Status { get; init; }

    /// <summary>How many replies it has (<c>replyCount</c>).</summary>
    [JsonPropertyName("replyCount")]
    public int? ReplyCount { get; init; }

    /// <summary>How many buyers found it useful (<c>usefulCount</c>).</summary>
    [JsonPropertyName("usefulCount")]
    public int? UsefulCount { get; init; }

    /// <summary>Whether the shop has replied (<c>isVenderReply</c>).</summary>
    [JsonPropertyName("isVenderReply")]
    public bool? IsVenderReply { get; init; }

    /// <summary>The buyer's masked nickname (<c>nickName</c>).</summary>
    [JsonPropertyName("nickName")]
    public string? NickName { get; init; }

    /// <summary>The buyer's account (<c>pin</c>).</summary>
    [JsonPropertyName("pin")]
    public string? Pin { get; init; }

    /// <summary>The order reviewed (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    /// <summary>The buyer's open id (<c>open_id_buyer</c>).</summary>
    [JsonPropertyName("open_id_buyer")]
    public string? OpenIdBuyer { get; init; }

    /// <summary>The buyer's xid (<c>xid_buyer</c>).</summary>
    [JsonPropertyName("xid_buyer")]
    public string? XidBuyer { get; init; }

    /// <summary>The replies (<c>replies</c>).</summary>
    [JsonPropertyName("replies")]
    [JsonConverter(typeof(JdListConverter<ReviewReply>))]
    public IReadOnlyList<ReviewReply> Replies { get; init; } = [];

    /// <summary>The buyer's images (<c>images</c>).</summary>
    [JsonPropertyName("images")]
    [JsonConverter(typeof(JdListConverter<ReviewImage>))]
    public IReadOnlyList<ReviewImage> Images { get; init; } = [];
}
