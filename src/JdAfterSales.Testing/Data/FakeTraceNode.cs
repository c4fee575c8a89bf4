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

    /// <inheritdoc />
    public override string ToString() => $"{Time:yyyy-MM-dd HH:mm} {Title}";
}
