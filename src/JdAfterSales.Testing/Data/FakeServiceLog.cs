namespace JdAfterSales.Testing;

/// <summary>One entry of a service order's operation log, served by <c>jingdong.asc.log.list</c>.</summary>
public sealed class FakeServiceLog
{
    internal FakeServiceLog()
    {
    }

    /// <summary>Gets the log entry id.</summary>
    public long AfsLogId { get; internal init; }

    /// <summary>Gets the service order the entry belongs to.</summary>
    public long ServiceId { get; internal init; }

    /// <summary>Gets the operation type code.</summary>
    public int OperateType { get; internal init; }

    /// <summary>Gets the operation type name.</summary>
    public string OperateTypeName { get; internal init; } = "";

    /// <summary>Gets the remark written with the operation.</summary>
    public string OperateRemark { get; internal init; } = "";

    /// <summary>Gets the operator's account.</summary>
    public string OperatePin { get; internal init; } = "";

    /// <summary>Gets the operator's name.</summary>
    public string OperateName { get; internal init; } = "";

    /// <summary>Gets when the operation happened.</summary>
    public DateTimeOffset OperateDate { get; internal init; }

    /// <inheritdoc />
    public override string ToString() => $"Log {AfsLogId} of service {ServiceId}: {OperateTypeName}";
}
