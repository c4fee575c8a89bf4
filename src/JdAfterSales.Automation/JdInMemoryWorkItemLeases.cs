namespace JdAfterSales.Automation;

/// <summary>
/// Work-item leases in this process's memory: for one instance and for tests. Leases expire on the given clock.
/// </summary>
public sealed class JdInMemoryWorkItemLeases : IJdWorkItemLeases
{
    private const int FirstSweepSize = 1024;

    private readonly Dictionary<string, Lease> _leases = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly TimeProvider _timeProvider;
    private int _sweepAt = FirstSweepSize;

    /// <summary>Creates an empty set of leases.</summary>
    /// <param name="timeProvider">The clock leases expire on; <c>null</c> for the system clock.</param>
    public JdInMemoryWorkItemLeases(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public ValueTask<IJdWorkItemLease?> TryAcquireAsync(string itemKey, TimeSpan duration, CancellationToken cancellationToken)
    {
        Check(itemKey, duration);
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (_leases.TryGetValue(itemKey, out var held) && now < held.ExpiresAt)
            {
                return new((IJdWorkItemLease?)null);
            }

            SweepExpiredWhenLarge(now);
            var lease = new Lease(this, itemKey, now + duration);
            _leases[itemKey] = lease;
            return new(lease);
        }
    }

    /// <summary>Describes the leases.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdInMemoryWorkItemLeases ({_leases.Count} items)";

    internal static void Check(string itemKey, TimeSpan duration)
    {
        if (string.IsNullOrWhiteSpace(itemKey))
        {
            throw new JdValidationException(nameof(itemKey), "is required: the work item's key, such as JdWorkItemKeys.ServiceOrder(id).");
        }

        if (duration <= TimeSpan.Zero || duration == Timeout.InfiniteTimeSpan)
        {
            throw new JdValidationException(nameof(duration), "must be positive and finite: a lease must expire when its holder dies.");
        }
    }

    // Leases whose holders died are never released; drop the expired ones whenever the table has doubled.
    private void SweepExpiredWhenLarge(DateTimeOffset now)
    {
        if (_leases.Count < _sweepAt)
        {
            return;
        }

        foreach (var expired in _leases.Where(entry => now >= entry.Value.ExpiresAt).Select(entry => entry.Key).ToList())
        {
            _leases.Remove(expired);
        }

        _sweepAt = Math.Max(FirstSweepSize, _leases.Count * 2);
    }

    private bool Renew(Lease lease, TimeSpan duration)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (!_leases.TryGetValue(lease.ItemKey, out var held) || !ReferenceEquals(held, lease) || now >= lease.ExpiresAt)
            {
                return false;
            }

            lease.ExpiresAt = now + duration;
            return true;
        }
    }

    private void Release(Lease lease)
    {
        lock (_gate)
        {
            if (_leases.TryGetValue(lease.ItemKey, out var held) && ReferenceEquals(held, lease))
            {
                _leases.Remove(lease.ItemKey);
            }
        }
    }

    private sealed class Lease(JdInMemoryWorkItemLeases owner, string itemKey, DateTimeOffset expiresAt) : IJdWorkItemLease
    {
        public string ItemKey { get; } = itemKey;

        public DateTimeOffset ExpiresAt { get; set; } = expiresAt;

        public ValueTask<bool> RenewAsync(TimeSpan duration, CancellationToken cancellationToken)
        {
            Check(ItemKey, duration);
            return new(owner.Renew(this, duration));
        }

        public ValueTask ReleaseAsync(CancellationToken cancellationToken)
        {
            owner.Release(this);
            return ValueTask.CompletedTask;
        }

        public ValueTask DisposeAsync() => ReleaseAsync(CancellationToken.None);
    }
}
