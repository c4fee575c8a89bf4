using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// A write on one service order, guarded by JD's optimistic lock: it carries the <see cref="SysVersion"/> the caller
/// read, and JD refuses it as stale (raised as <see cref="JdConcurrencyException"/>) when the order changed since.
/// Never re-sent automatically.
/// </summary>
public abstract record AscWriteRequest : AscRequest<JdWriteResult>
{
    private static readonly JdResponseContract<AscResultPayload<AscResult>, JdWriteResult> Contract = AscContracts.Write();

    private protected AscWriteRequest()
    {
    }

    /// <summary>The service order (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public required long ServiceId { get; init; }

    /// <summary>The order the service order is for (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public required long OrderId { get; init; }

    /// <summary>
    /// The <c>sysVersion</c> read from the latest list or view of the service order. A service order JD answered
    /// without one (a closed one) cannot be written: read it again.
    /// </summary>
    [JsonPropertyName("sysVersion")]
    public required int? SysVersion { get; init; }

    internal override JdResponseContract<JdWriteResult> Response => Contract;

    internal override JdVersionedTarget? VersionedTarget => SysVersion is { } version ? new JdVersionedTarget(ServiceId, version) : null;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Write;

    private protected sealed override void ValidateParameters()
    {
        JdRequestRules.RequirePositive(ServiceId, "serviceId");
        JdRequestRules.RequirePositive(OrderId, "orderId");
        if (SysVersion is not { } version)
        {
            throw new JdValidationException("sysVersion", "is required: JD answered this service order without a sysVersion (closed or being changed); read it again, and write only one that carries a version.");
        }

        JdRequestRules.RequireNonNegative(version, "sysVersion");
        ValidateDecision();
    }

    /// <summary>Refuses the parameters particular to the method.</summary>
    private protected abstract void ValidateDecision();
}
