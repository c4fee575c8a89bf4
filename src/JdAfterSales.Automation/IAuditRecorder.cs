namespace JdAfterSales.Automation;

/// <summary>Keeps the audit trail: every applied decision with its rule and outcome.</summary>
public interface IAuditRecorder
{
    /// <summary>Records one applied decision.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the record is kept.</returns>
    ValueTask RecordAsync(AuditRecord record, CancellationToken cancellationToken = default);
}
