namespace JdAfterSales.Testing;

/// <summary>One refund application (退款申请单) of the fake shop, served by <c>jingdong.pop.afs.soa.refundapply.*</c>.</summary>
public sealed class FakeRefundApplication
{
    internal FakeRefundApplication()
    {
    }

    /// <summary>Gets the application id (10 digits).</summary>
    public long Id { get; internal init; }

    /// <summary>Gets the order the refund is for.</summary>
    public long OrderId { get; internal init; }

    /// <summary>Gets the return service order this refund belongs to, if any.</summary>
    public long? ServiceId { get; internal init; }

    /// <summary>Gets the buyer's JD account.</summary>
    public string BuyerId { get; internal init; } = "";

    /// <summary>Gets the buyer's name.</summary>
    public string BuyerName { get; internal init; } = "";

    /// <summary>Gets when the buyer applied.</summary>
    public DateTimeOffset ApplyTime { get; internal init; }

    /// <summary>Gets the amount asked for.</summary>
    public decimal ApplyRefundSum { get; internal init; }

    /// <summary>Gets the buyer's reason.</summary>
    public string Reason { get; internal init; } = "";

    /// <summary>Gets the status (0 pending, 1 approved, 2 rejected, 3–11 see JD's table).</summary>
    public int Status { get; internal set; }

    /// <summary>Gets <see cref="Status"/> as a named status.</summary>
    public FakeRefundStatus State => (FakeRefundStatus)Status;

    /// <summary>Gets when the merchant answered, if it did.</summary>
    public DateTimeOffset? CheckTime { get; internal set; }

    /// <summary>Gets who answered.</summary>
    public string CheckUserName { get; internal set; } = "";

    /// <summary>Gets the answer's remark.</summary>
    public string CheckRemark { get; internal set; } = "";

    /// <summary>Gets the reject type given with a rejection (1–5), if any.</summary>
    public int? RejectType { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => $"Refund {Id} (order {OrderId}, status {Status}, {ApplyRefundSum:F2})";
}
