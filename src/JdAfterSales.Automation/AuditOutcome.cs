namespace JdAfterSales.Automation;

/// <summary>How an applied audit decision ended.</summary>
public enum AuditOutcome
{
    /// <summary>JD accepted the write.</summary>
    Succeeded = 0,

    /// <summary>Nothing was written: the decision was to leave the service order for a person.</summary>
    LeftForPerson = 1,

    /// <summary>JD refused the write because the service order changed since it was read (stale <c>sysVersion</c>); decide again.</summary>
    StaleVersion = 2,

    /// <summary>JD refused the write (for example the status no longer allows it); the message says why.</summary>
    Refused = 3,

    /// <summary>Nothing was written: something the write needs is missing (for example the items or a pickup address).</summary>
    NotApplicable = 4,

    /// <summary>The call failed (transport, timeout, gateway); whether JD applied a write is unknown until read again.</summary>
    Failed = 5,

    /// <summary>
    /// Nothing was written: another worker holds the service order's lease (or this one's ran out before the write).
    /// The holder finishes it, or it is looked at again once its lease is free.
    /// </summary>
    HeldElsewhere = 6,
}
