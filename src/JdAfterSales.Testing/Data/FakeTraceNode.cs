namespace JdAfterSales.Testing;

/// <summary>One node of a waybill trace (揽收, 运输中, 派送中, 签收 …).</summary>
public sealed class FakeTraceNode
{
    internal FakeTraceNode()
    {
    }

    /// <summary>Gets the node title, e.g. 揽收 or 签收.</summary>
    public string Title { get; internal init; } = "";

    /// <summary>Gets the node description.</summary>
    public string Remark { get; internal init; } = "";

    /// <summary>Gets the name of the operator or courier.</summary>
    public string OperatorName { get; internal init; } = "";

    /// <summary>Gets the courier's masked phone number.</summary>
    public string CourierTel { get; internal init; } = "";

    /// <summary>Gets when the node happened.</summary>
    public DateTimeOffset Time { get; internal init; }

    /// <summary>The merchant's warehouse signing for a return parcel, delivered by the courier of <paramref name="previous"/>.</summary>
    internal static FakeTraceNode MerchantSignedFor(FakeTraceNode previous, DateTimeOffset time) => new()
    {
        Title = "签收",
        Remark = "您的快件已签收，签收人：商家仓库",
        OperatorName = previous.OperatorName,
        CourierTel = previous.CourierTel,
        Time = time,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Time:yyyy-MM-dd HH:mm} {Title}";
}
