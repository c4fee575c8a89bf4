using JdAfterSales.Automation;
using StackExchange.Redis;

namespace JdAfterSales.Redis;

/// <summary>
/// Work-item leases in Redis (<see cref="IJdWorkItemLeases"/>), shared by every instance on the same Redis and key
/// prefix: a lease is a key <c>{prefix}work:{item}</c> set only if absent, with an expiry, holding a random value
/// of its holder's; renewing and releasing compare that value first, so only the holder can, and a lease whose
/// holder died simply expires. When Redis cannot be reached every method throws <see cref="JdCoordinationException"/>:
/// automation pauses rather than risk working an item twice.
/// </summary>
public sealed class JdRedisWorkItemLeases : IJdWorkItemLeases
{
    private readonly IConnectionMultiplexer _redis;
    private readonly JdRedisOptions _options;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the leases.</summary>
    /// <param name="redis">The connection.</param>
    /// <param name="options">The key prefix and database; <c>null</c> for the defaults.</param>
    /// <param name="timeProvider">The clock <see cref="IJdWorkItemLease.ExpiresAt"/> is computed on; <c>null</c> for the system clock. Redis decides the actual expiry.</param>
    /// <exception cref="JdValidationException">An option is malformed.</exception>
    public JdRedisWorkItemLeases(IConnectionMultiplexer redis, JdRedisOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
        _options = (options ?? new JdRedisOptions()).Validated();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    private IDatabase Database => _redis.GetDatabase(_options.Database);

    /// <inheritdoc />
    public async ValueTask<IJdWorkItemLease?> TryAcquireAsync(string itemKey, TimeSpan duration, CancellationToken cancellationToken)
    {
        CheckDuration(duration);
        var key = RedisKeys.WorkItem(_options.KeyPrefix, itemKey);
        var holder = Guid.NewGuid().ToString("N");
        bool acquired;
        try
        {
            acquired = await Database.StringSetAsync(key, holder, duration, When.NotExists).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisFailures.IsRedisFailure(ex))
        {
            throw RedisFailures.Unavailable($"grant the lease of {itemKey}", ex);
        }

        return acquired ? new Lease(this, itemKey, key, holder, _timeProvider.GetUtcNow() + duration) : null;
    }

    /// <summary>Describes the leases.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdRedisWorkItemLeases (prefix {_options.KeyPrefix})";

    private static void CheckDuration(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero || duration == Timeout.InfiniteTimeSpan)
        {
            throw new JdValidationException(nameof(duration), "must be positive and finite: a lease must expire when its holder dies.");
        }
    }

    private async Task<bool> IfHeldAsync(string script, string key, RedisValue[] values, string what, CancellationToken cancellationToken)
    {
        try
        {
            var result = await Database.ScriptEvaluateAsync(script, [key], values).WaitAsync(cancellationToken).ConfigureAwait(false);
            return (long)result == 1;
        }
        catch (Exception ex) when (RedisFailures.IsRedisFailure(ex))
        {
            throw RedisFailures.Unavailable(what, ex);
        }
    }

    private sealed class Lease(JdRedisWorkItemLeases owner, string itemKey, string key, string holder, DateTimeOffset expiresAt) : IJdWorkItemLease
    {
        public string ItemKey { get; } = itemKey;

        public DateTimeOffset ExpiresAt { get; private set; } = expiresAt;

        public async ValueTask<bool> RenewAsync(TimeSpan duration, CancellationToken cancellationToken)
        {
            CheckDuration(duration);
            var renewed = await owner.IfHeldAsync(
                RedisScripts.RenewIfHeld,
                key,
                [holder, JdRedisTokenStore.Milliseconds(duration)],
                $"renew the lease of {ItemKey}",
                cancellationToken).ConfigureAwait(false);
            if (renewed)
            {
                ExpiresAt = owner._timeProvider.GetUtcNow() + duration;
            }

            return renewed;
        }

        public async ValueTask ReleaseAsync(CancellationToken cancellationToken) =>
            await owner.IfHeldAsync(RedisScripts.ReleaseIfHeld, key, [holder], $"release the lease of {ItemKey}", cancellationToken).ConfigureAwait(false);

        public ValueTask DisposeAsync() => ReleaseAsync(CancellationToken.None);
    }
}
