namespace JdAfterSales;

/// <summary>Classes of business failure that a caller handles differently.</summary>
public enum JdBusinessErrorKind
{
    /// <summary>Any other business failure: read JD's code and message.</summary>
    General = 0,

    /// <summary>
    /// The write carried a stale <c>sysVersion</c>: someone changed the service order since it was read.
    /// Raised as <see cref="JdConcurrencyException"/>: read again, decide again, then write.
    /// </summary>
    StaleVersion = 1,

    /// <summary>
    /// The record was already processed (for example a refund application already audited). A repeated approve
    /// may be treated as done after re-reading the record.
    /// </summary>
    AlreadyProcessed = 2,
}
