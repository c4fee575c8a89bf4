namespace JdAfterSales.Automation;

/// <summary>What return completion did with one service order.</summary>
public sealed record ReturnCompletionItem
{
    /// <summary>The service order.</summary>
    public required long ServiceId { get; init; }

    /// <summary>Its order.</summary>
    public required long OrderId { get; init; }

    /// <summary>The return waybill, when known.</summary>
    public string? Waybill { get; init; }

    /// <summary>When the return parcel was signed for, when it was.</summary>
    public DateTimeOffset? SignedForAt { get; init; }

    /// <summary>This run registered the receipt (<c>jingdong.asc.receive.register</c>).</summary>
    public bool RegisteredReceipt { get; init; }

    /// <summary>The refund application linked to the return, when one was found.</summary>
    public long? RefundId { get; init; }

    /// <summary>The refund amount applied for.</summary>
    public decimal? RefundAmount { get; init; }

    /// <summary>This run approved the refund (<c>jingdong.pop.afs.soa.refundapply.replyRefund</c>).</summary>
    public bool ApprovedRefund { get; init; }

    /// <summary>Where the service order stands.</summary>
    public required ReturnCompletionOutcome Outcome { get; init; }

    /// <summary>Why, when it did not complete.</summary>
    public string? Message { get; init; }
}
