namespace JdAfterSales.Testing;

/// <summary>One buyer comment (评价) on a finished order, served by <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>.</summary>
public sealed class FakeComment
{
    internal FakeComment()
    {
    }

    /// <summary>Gets the comment id (a 13-digit string on the wire).</summary>
    public string CommentId { get; internal init; } = "";

    /// <summary>Gets the order the comment is about.</summary>
    public long OrderId { get; internal init; }

    /// <summary>Gets the SKU commented on.</summary>
    public long SkuId { get; internal init; }

    /// <summary>Gets the product name.</summary>
    public string SkuName { get; internal init; } = "";

    /// <summary>Gets the comment text.</summary>
    public string Content { get; internal init; } = "";

    /// <summary>Gets the score, 1 (bad) to 5 (good).</summary>
    public int Score { get; internal init; }

    /// <summary>Gets when the comment was written.</summary>
    public DateTimeOffset CreationTime { get; internal init; }

    /// <summary>Gets the buyer's JD account.</summary>
    public string Pin { get; internal init; } = "";

    /// <summary>Gets the buyer's masked nickname.</summary>
    public string NickName { get; internal init; } = "";

    /// <summary>Gets how many buyers found the comment useful.</summary>
    public int UsefulCount { get; internal init; }

    /// <summary>Gets the merchant's replies, oldest first.</summary>
    public IReadOnlyList<FakeCommentReply> Replies => ReplyList;

    internal List<FakeCommentReply> ReplyList { get; } = [];

    /// <inheritdoc />
    public override string ToString() => $"Comment {CommentId} (order {OrderId}, score {Score}, {ReplyList.Count} replies)";
}
