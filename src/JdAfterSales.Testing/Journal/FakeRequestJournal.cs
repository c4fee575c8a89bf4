namespace JdAfterSales.Testing;

/// <summary>Every request a <see cref="FakeJdGateway"/> received, in arrival order. Thread-safe.</summary>
public sealed class FakeRequestJournal
{
    private readonly object _sync = new();
    private readonly List<FakeRequestRecord> _records = [];
    private long _sequence;

    internal FakeRequestJournal()
    {
    }

    /// <summary>Gets a snapshot of the records, oldest first.</summary>
    public IReadOnlyList<FakeRequestRecord> Records
    {
        get
        {
            lock (_sync)
            {
                return [.. _records];
            }
        }
    }

    /// <summary>Gets how many requests were recorded since the start or the last <see cref="Clear"/>.</summary>
    public int Count
    {
        get
        {
            lock (_sync)
            {
                return _records.Count;
            }
        }
    }

    /// <summary>Gets the most recent record, or <see langword="null"/> when there is none.</summary>
    public FakeRequestRecord? Last
    {
        get
        {
            lock (_sync)
            {
                return _records.Count == 0 ? null : _records[^1];
            }
        }
    }

    /// <summary>Gets the records of one JOS method, oldest first.</summary>
    /// <param name="method">The JOS method, e.g. <c>jingdong.asc.audit.refuse</c>.</param>
    /// <returns>A snapshot of the matching records.</returns>
    public IReadOnlyList<FakeRequestRecord> ForMethod(string method)
    {
        lock (_sync)
        {
            return _records.Where(r => string.Equals(r.Method, method, StringComparison.Ordinal)).ToList();
        }
    }

    /// <summary>Forgets every record.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _records.Clear();
        }
    }

    /// <summary>Describes the journal: the count and one line per record, without secrets.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        lock (_sync)
        {
            return $"{_records.Count} requests" + string.Concat(_records.Select(r => Environment.NewLine + r));
        }
    }

    internal long NextSequence() => Interlocked.Increment(ref _sequence);

    internal void Add(FakeRequestRecord record)
    {
        lock (_sync)
        {
            _records.Add(record);
        }
    }
}
