namespace JdAfterSales.Testing;

/// <summary>
/// The faults queued on a <see cref="FakeJdGateway"/>. Each queued fault hits the next <c>count</c> calls of its method (or
/// of any method), oldest queued first; faulted calls are still journaled.
/// </summary>
public sealed class FakeFaultController
{
    private readonly object _sync = new();
    private readonly List<Entry> _entries = [];

    internal FakeFaultController()
    {
    }

    /// <summary>Gets how many faulted calls are still queued, over all methods.</summary>
    public int Pending
    {
        get
        {
            lock (_sync)
            {
                return _entries.Sum(e => e.Remaining);
            }
        }
    }

    /// <summary>Queues a fault.</summary>
    /// <param name="fault">What to do.</param>
    /// <param name="count">How many calls it hits.</param>
    /// <param name="method">The JOS method it hits (e.g. <c>jingdong.asc.query.list</c>), or <see langword="null"/> for any.</param>
    public void Enqueue(FakeFault fault, int count = 1, string? method = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_sync)
        {
            _entries.Add(new Entry(fault, method, count));
        }
    }

    /// <summary>Removes every queued fault.</summary>
    public void Clear()
    {
        lock (_sync)
        {
            _entries.Clear();
        }
    }

    /// <summary>Takes the fault for a call of <paramref name="method"/>, if one is queued.</summary>
    internal FakeFault? TakeFor(string? method)
    {
        lock (_sync)
        {
            // First queued wins, so a test reads its faults in the order it wrote them.
            var index = _entries.FindIndex(e => e.Method is null || string.Equals(e.Method, method, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var entry = _entries[index];
            entry.Remaining--;
            if (entry.Remaining == 0)
            {
                _entries.RemoveAt(index);
            }

            return entry.Fault;
        }
    }

    private sealed class Entry(FakeFault fault, string? method, int remaining)
    {
        public FakeFault Fault { get; } = fault;

        public string? Method { get; } = method;

        public int Remaining { get; set; } = remaining;
    }
}
