using System.Collections.Concurrent;

namespace JdAfterSales.Gateway;

/// <summary>
/// The client-side limit: one bucket for the app and one per shop; a call waits for both. Buckets of shops that
/// went quiet are dropped once they are full again, so a client that sees a new shop id per call keeps only the
/// shops active in the last few refill times.
/// </summary>
internal sealed class JdClientRateLimiter
{
    private static readonly TimeSpan MinimumSweepInterval = TimeSpan.FromSeconds(1);

    private readonly JdRateLimitOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly JdTokenBucket _app;
    private readonly ConcurrentDictionary<string, JdTokenBucket> _shops = new(StringComparer.Ordinal);
    private readonly TimeSpan _sweepInterval;
    private long _lastSweep;

    public JdClientRateLimiter(JdRateLimitOptions options, TimeProvider timeProvider)
    {
        _options = options;
        _timeProvider = timeProvider;
        _app = new JdTokenBucket(options.AppPermitsPerSecond, options.AppBurst, timeProvider);
        var shopRefill = TimeSpan.FromSeconds(options.ShopBurst / options.ShopPermitsPerSecond);

        // A bucket can only be full again one refill time after its last use, so sweeping more often finds nothing new.
        _sweepInterval = shopRefill > MinimumSweepInterval ? shopRefill : MinimumSweepInterval;
        _lastSweep = timeProvider.GetTimestamp();
    }

    /// <summary>How many shops have a bucket now (for tests of the eviction).</summary>
    internal int ShopCount => _shops.Count;

    /// <summary>Waits until the call may go; returns how long it waited.</summary>
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

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

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
