using System.Collections.Concurrent;

namespace JdAfterSales.Gateway;

/// <summary>The client-side limit: one bucket for the app and one per shop; a call waits for both.</summary>
internal sealed class JdClientRateLimiter(JdRateLimitOptions options, TimeProvider timeProvider)
{
    private readonly JdTokenBucket _app = new(options.AppPermitsPerSecond, options.AppBurst, timeProvider);
    private readonly ConcurrentDictionary<string, JdTokenBucket> _shops = new(StringComparer.Ordinal);

    /// <summary>Waits until the call may go; returns how long it waited.</summary>
    public async ValueTask<TimeSpan> WaitAsync(string? shopId, CancellationToken cancellationToken)
    {
        var shop = _shops.GetOrAdd(shopId ?? string.Empty, _ => new JdTokenBucket(options.ShopPermitsPerSecond, options.ShopBurst, timeProvider));
        var wait = Max(_app.Reserve(), shop.Reserve());
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        return wait;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
