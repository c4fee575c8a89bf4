using System.Collections.Concurrent;

namespace JdAfterSales.Gateway;

/// <summary>
/// The client-side limit of one process: a token bucket for the app and one per shop, on a
/// <see cref="TimeProvider"/>; a call waits for both. This is what <see cref="JdClient"/> uses when
/// <see cref="JdRateLimitOptions.Enabled"/> is set and no other <see cref="IJdRateLimiter"/> is given. Several
/// instances each send at the full rate; share one limit through a distributed limiter (the
/// <c>JdAfterSales.Redis</c> package), which falls back to this one when its store cannot be reached.
/// </summary>
/// <remarks>
/// Buckets of shops that went quiet are dropped once they are full again (a new bucket starts full, so nothing
/// changes), so a client that sees a new shop id per call keeps only the shops active in the last few refill times.
/// </remarks>
public sealed class JdLocalRateLimiter : IJdRateLimiter
{
    private static readonly TimeSpan MinimumSweepInterval = TimeSpan.FromSeconds(1);

    private readonly JdRateLimitOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly JdTokenBucket _app;
    private readonly ConcurrentDictionary<string, JdTokenBucket> _shops = new(StringComparer.Ordinal);
    private readonly TimeSpan _sweepInterval;
    private long _lastSweep;

    /// <summary>Creates a limiter.</summary>
    /// <param name="options">The rates and bursts (<see cref="JdRateLimitOptions.Enabled"/> is not looked at); copied.</param>
    /// <param name="timeProvider">The clock the buckets refill on and waits run on; <c>null</c> for the system clock.</param>
    /// <exception cref="JdValidationException">A rate is not a positive number or a burst is below 1.</exception>
    public JdLocalRateLimiter(JdRateLimitOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = Validated(options);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _app = new JdTokenBucket(_options.AppPermitsPerSecond, _options.AppBurst, _timeProvider);
        var shopRefill = TimeSpan.FromSeconds(_options.ShopBurst / _options.ShopPermitsPerSecond);

        // A bucket can only be full again one refill time after its last use, so sweeping more often finds nothing new.
        _sweepInterval = shopRefill > MinimumSweepInterval ? shopRefill : MinimumSweepInterval;
        _lastSweep = _timeProvider.GetTimestamp();
    }

    /// <summary>How many shops have a bucket now (for tests of the eviction).</summary>
    internal int ShopCount => _shops.Count;

    /// <inheritdoc />
    public async ValueTask<TimeSpan> WaitAsync(string? shopId, CancellationToken cancellationToken)
    {
        var wait = Max(_app.Reserve(), ReserveForShop(shopId ?? string.Empty));
        SweepIdleShopsWhenDue();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        return wait;
    }

    /// <summary>Describes the limiter.</summary>
    /// <returns>A description.</returns>
    public override string ToString() =>
        $"JdLocalRateLimiter (app {_options.AppPermitsPerSecond}/s burst {_options.AppBurst}, shop {_options.ShopPermitsPerSecond}/s burst {_options.ShopBurst})";

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static JdRateLimitOptions Validated(JdRateLimitOptions options)
    {
        var copy = options.Clone();
        const string Prefix = nameof(JdRateLimitOptions) + ".";
        if (!(copy.AppPermitsPerSecond > 0) || double.IsInfinity(copy.AppPermitsPerSecond))
        {
            throw new JdValidationException(Prefix + nameof(JdRateLimitOptions.AppPermitsPerSecond), "must be a positive number.");
        }

        if (!(copy.ShopPermitsPerSecond > 0) || double.IsInfinity(copy.ShopPermitsPerSecond))
        {
            throw new JdValidationException(Prefix + nameof(JdRateLimitOptions.ShopPermitsPerSecond), "must be a positive number.");
        }

        if (copy.AppBurst < 1)
        {
            throw new JdValidationException(Prefix + nameof(JdRateLimitOptions.AppBurst), "must be at least 1.");
        }

        if (copy.ShopBurst < 1)
        {
            throw new JdValidationException(Prefix + nameof(JdRateLimitOptions.ShopBurst), "must be at least 1.");
        }

        return copy;
    }

    private TimeSpan ReserveForShop(string shop)
    {
        while (true)
        {
            var bucket = _shops.GetOrAdd(shop, static (_, self) => new JdTokenBucket(self._options.ShopPermitsPerSecond, self._options.ShopBurst, self._timeProvider), this);
            if (bucket.TryReserve(out var wait))
            {
                return wait;
            }

            // Retired by a sweep between the lookup and the reservation: drop it (if the sweep has not yet) and take the new one.
            _shops.TryRemove(new KeyValuePair<string, JdTokenBucket>(shop, bucket));
        }
    }

    private void SweepIdleShopsWhenDue()
    {
        var last = Interlocked.Read(ref _lastSweep);
        var now = _timeProvider.GetTimestamp();
        if (_timeProvider.GetElapsedTime(last, now) < _sweepInterval || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }

        foreach (var (shop, bucket) in _shops)
        {
            if (bucket.TryRetireIfFull())
            {
                _shops.TryRemove(new KeyValuePair<string, JdTokenBucket>(shop, bucket));
            }
        }
    }
}
