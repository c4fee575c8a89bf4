namespace JdAfterSales.Automation;

/// <summary>What the automation needs of a buyer's review (comment).</summary>
public sealed record ReviewSnapshot
{
    /// <summary>The comment.</summary>
    public required string CommentId { get; init; }

    /// <summary>The order reviewed.</summary>
    public long? OrderId { get; init; }

    /// <summary>The product reviewed.</summary>
    public string? SkuName { get; init; }

    /// <summary>The score, 1 to 5.</summary>
    public int Score { get; init; }

    /// <summary>The text.</summary>
    public string Content { get; init; } = "";

    /// <summary>When it was written.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
