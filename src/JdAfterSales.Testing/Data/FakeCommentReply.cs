namespace JdAfterSales.Testing;

/// <summary>A merchant reply to a <see cref="FakeComment"/>.</summary>
public sealed class FakeCommentReply
{
    internal FakeCommentReply()
    {
    }

    /// <summary>Gets the reply id.</summary>
    public long ReplyId { get; internal init; }

    /// <summary>Gets the reply text.</summary>
    public string Content { get; internal init; } = "";

    /// <summary>Gets the replier's nickname.</summary>
    public string NickName { get; internal init; } = "";

    /// <summary>Gets when the reply was written.</summary>
    public DateTimeOffset CreationTime { get; internal init; }
}
