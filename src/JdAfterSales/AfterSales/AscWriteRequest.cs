using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// A write on one service order, guarded by JD's optimistic lock: it carries the <see cref="SysVersion"/> the caller
/// read, and JD refuses it as stale (raised as <see cref="JdConcurrencyException"/>) when the order changed since.
/// Never re-sent automatically.
/// </summary>
public abstract record AscWriteRequest : AscServiceWriteRequest
{
    private protected AscWriteRequest()
    {
    }

    /// <summary>
    /// The <c>sysVersion</c> read from the latest list or view of the service order. A service order JD answered
    /// without one (a closed one) cannot be written: read it again.
    /// </summary>
    [JsonPropertyName("sysVersion")]
    public required int? SysVersion { get; init; }

    internal override JdVersionedTarget? VersionedTarget => SysVersion is { } version ? new JdVersionedTarget(ServiceId, version) : null;

    private protected sealed override void ValidateWrite()
    {
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
