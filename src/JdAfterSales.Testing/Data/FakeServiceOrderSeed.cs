namespace JdAfterSales.Testing;

/// <summary>
/// What a test wants of one service order it adds to the fake shop with
/// <see cref="FakeJdGateway.AddServiceOrder(FakeServiceOrderSeed?)"/>; everything left unset comes from an order of
/// the data set.
/// </summary>
public sealed record FakeServiceOrderSeed
{
    /// <summary>Gets the status; pending audit unless set. Awaiting receipt gets a return waybill, pending processing a receipt.</summary>
    public FakeServiceStatus Status { get; init; } = FakeServiceStatus.PendingAudit;

    /// <summary>Gets what the customer asks for (<c>customerExpect</c>: 10 return, 20 exchange, 30 repair); 10 unless set.</summary>
    public int CustomerExpect { get; init; } = 10;

    /// <summary>Gets the order the service order is for; a shipped order of the data set unless set.</summary>
    public long? OrderId { get; init; }

    /// <summary>Gets when the customer applied; an hour before the gateway's clock unless set.</summary>
    public DateTimeOffset? ApplyTime { get; init; }

    /// <summary>Gets the amount the customer paid for the item; the order line's price unless set.</summary>
    public decimal? ActualPayPrice { get; init; }

    /// <summary>Gets the customer's description of the problem; a generic one unless set.</summary>
    public string? QuestionDescription { get; init; }

    /// <summary>Gets the second-level question reason code; a reason of the data set's tree unless set.</summary>
    public int? QuestionTypeCid2 { get; init; }

    /// <summary>Gets whether the return parcel is already signed for (only with <see cref="FakeServiceStatus.AwaitingReceipt"/>).</summary>
    public bool ReturnSignedFor { get; init; }
}
