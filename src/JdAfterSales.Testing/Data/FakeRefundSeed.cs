namespace JdAfterSales.Testing;

/// <summary>
/// What a test wants of one refund application it adds to the fake shop with
/// <see cref="FakeJdGateway.AddRefundApplication(FakeRefundSeed?)"/>; everything left unset comes from an order of the
/// data set.
/// </summary>
public sealed record FakeRefundSeed
{
    /// <summary>Gets the status; pending unless set.</summary>
    public FakeRefundStatus Status { get; init; } = FakeRefundStatus.Pending;

    /// <summary>Gets the order the refund is for; an order of the data set unless set.</summary>
    public long? OrderId { get; init; }

    /// <summary>Gets the amount applied for; the order's payment unless set.</summary>
    public decimal? Amount { get; init; }

    /// <summary>Gets when the customer applied; an hour before the gateway's clock unless set.</summary>
    public DateTimeOffset? ApplyTime { get; init; }

    /// <summary>Gets the customer's reason; a generic one unless set.</summary>
    public string? Reason { get; init; }
}
