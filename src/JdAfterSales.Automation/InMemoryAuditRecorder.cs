namespace JdAfterSales.Automation;

/// <summary>An audit trail in memory, for tests and short runs. Thread-safe.</summary>
public sealed class InMemoryAuditRecorder : IAuditRecorder
{
    private readonly List<AuditRecord> _records = [];
    private readonly object _lock = new();

    /// <summary>The records so far, in the order they were made.</summary>
    public IReadOnlyList<AuditRecord> Records
    {
        get
        {
            lock (_lock)
            {
                return _records.ToArray();
            }
        }
    }

    /// <inheritdoc />
    public ValueTask RecordAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (_lock)
        {
            _records.Add(record);
        }

        return ValueTask.CompletedTask;
    }
}
