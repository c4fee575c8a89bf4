namespace JdAfterSales;

/// <summary>
/// Whether a JOS method only reads or changes state at JD. The resilience pipeline re-sends reads after transient
/// failures, but never re-sends a write that may already have reached JD.
/// </summary>
public enum JdOperationKind
{
    /// <summary>Reads data; safe to send again.</summary>
    Read = 0,

    /// <summary>Changes state at JD (audit, refund reply, receipt, remark…); never re-sent blindly.</summary>
    Write = 1,
}
