using JdAfterSales.Automation;

namespace JdAfterSales.Samples.Worker;

/// <summary>The audit trail when no file is configured (<c>Worker:AuditTrail</c>): every outcome is in the log already (event 2003).</summary>
public sealed class DiscardingAuditRecorder : IAuditRecorder
{
    /// <inheritdoc />
    public ValueTask RecordAsync(AuditRecord record, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
