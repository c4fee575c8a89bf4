using System.Collections.Concurrent;

namespace JdAfterSales.Auth;

/// <summary>
/// Keeps tokens in this process's memory: the default store, for a single instance. Tokens are lost on restart;
/// use <see cref="JdDistributedCacheTokenStore"/> (or your own database-backed store) to keep and share them.
/// Grants refresh leases with fences (<see cref="IJdCoordinatedTokenStore"/>), so the providers of one process that
/// share it coordinate exactly as instances sharing a Redis store do.
/// </summary>
public sealed class JdInMemoryTokenStore : IJdCoordinatedTokenStore
{
    private readonly ConcurrentDictionary<string, Entry> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _fences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lease> _leases = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates an empty store whose leases expire on the system clock.</summary>
    public JdInMemoryTokenStore()
        : this(null)
    {
    }

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The clock refresh leases expire on; <c>null</c> for the system clock.</param>
    public JdInMemoryTokenStore(TimeProvider? timeProvider)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public ValueTask<JdTokenSet?> GetAsync(string shopId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shopId);
        return new(_tokens.TryGetValue(shopId, out var entry) ? entry.Tokens : null);
    }

    /// <inheritdoc />
    public ValueTask SetAsync(string shopId, JdTokenSet tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shopId);
        ArgumentNullException.ThrowIfNull(tokens);
        lock (_gate)
        {
            _tokens[shopId] = new Entry(tokens, NextFence(shopId));
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string shopId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shopId);
        _tokens.TryRemove(shopId, out _);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IJdTokenRefreshLease?> TryAcquireRefreshLeaseAsync(string shopId, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(shopId);
        if (duration <= TimeSpan.Zero)
        {
            throw new JdValidationException(nameof(duration), "must be positive.");
        }

        var now = _timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (_leases.TryGetValue(shopId, out var held) && now < held.ExpiresAt)
            {
                return new((IJdTokenRefreshLease?)null);
            }

            var lease = new Lease(this, shopId, NextFence(shopId), now + duration);
            _leases[shopId] = lease;
            return new(lease);
        }
    }

    /// <summary>Describes the store without revealing any token.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdInMemoryTokenStore ({_tokens.Count} shops)";

    // Callers hold _gate. Fences never go back, even after RemoveAsync, so an old lease stays outranked.
    private long NextFence(string shopId)
    {
        _fences.TryGetValue(shopId, out var fence);
        _fences[shopId] = ++fence;
        return fence;
    }

    private bool TrySet(Lease lease, JdTokenSet tokens)
    {
        lock (_gate)
        {
            if (_tokens.TryGetValue(lease.ShopId, out var stored) && stored.Fence > lease.Fence)
            {
                return false;
            }

            _tokens[lease.ShopId] = new Entry(tokens, lease.Fence);
            return true;
        }
    }

    private void Release(Lease lease)
    {
        lock (_gate)
        {
            if (_leases.TryGetValue(lease.ShopId, out var held) && ReferenceEquals(held, lease))
            {
                _leases.Remove(lease.ShopId);
            }
        }
    }

    private sealed record Entry(JdTokenSet Tokens, long Fence);

    private sealed class Lease(JdInMemoryTokenStore store, string shopId, long fence, DateTimeOffset expiresAt) : IJdTokenRefreshLease
    {
        public string ShopId { get; } = shopId;

        public long Fence { get; } = fence;

        public DateTimeOffset ExpiresAt { get; } = expiresAt;

        public ValueTask<bool> TrySetAsync(JdTokenSet tokens, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(tokens);
            return new(store.TrySet(this, tokens));
        }

        public ValueTask DisposeAsync()
        {
            store.Release(this);
            return ValueTask.CompletedTask;
        }
    }
}
