using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Resilience;

/// <summary>The per-shop buckets of the client-side limit are dropped once idle (issue 13, memory).</summary>
public sealed class RateLimitEvictionTests
{
    // Shop buckets refill in 10 / 5 = 2 s; the app limit is high enough that no call here waits for it.
    private static JdRateLimitOptions Options() =>
        new() { Enabled = true, AppPermitsPerSecond = 100_000, AppBurst = 100_000, ShopPermitsPerSecond = 5, ShopBurst = 10 };

    [Fact]
    public async Task A_new_shop_per_call_keeps_only_the_recently_active_shops_in_memory()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var limiter = new JdLocalRateLimiter(Options(), time);

        // 20,000 shops, 100 new ones every 100 ms of fake time, each used once.
        var most = 0;
        for (var i = 0; i < 20_000; i++)
        {
            Assert.Equal(TimeSpan.Zero, await limiter.WaitAsync($"shop-{i}", default));
            most = Math.Max(most, limiter.ShopCount);
            if (i % 100 == 99)
            {
                time.Advance(TimeSpan.FromMilliseconds(100));
            }
        }

        // Only shops used in the last two sweep intervals (2 s each, 1,000 shops a second) can still be there.
        Assert.InRange(most, 1, 4_100);
        time.Advance(TimeSpan.FromSeconds(5));
        await limiter.WaitAsync("one-more", default);
        Assert.Equal(1, limiter.ShopCount);
    }

    [Fact]
    public async Task A_shop_whose_bucket_is_not_full_again_keeps_it_and_its_wait()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var limiter = new JdLocalRateLimiter(Options(), time);
        time.Advance(TimeSpan.FromSeconds(0.5));
        for (var i = 0; i < 10; i++)
        {
            await limiter.WaitAsync("busy", default);
        }

        // 2 s after the limiter started another shop's call sweeps; "busy" has refilled 7.5 of 10 tokens, so it stays.
        time.Advance(TimeSpan.FromSeconds(1.5));
        await limiter.WaitAsync("sweeper", default);
        Assert.Equal(2, limiter.ShopCount);

        // Exactly as without a sweep: 7 calls go at once, the 8th waits for the half token still missing.
        for (var i = 0; i < 7; i++)
        {
            var noWait = limiter.WaitAsync("busy", default);
            Assert.True(noWait.IsCompleted);
            Assert.Equal(TimeSpan.Zero, await noWait);
        }

        var eighth = limiter.WaitAsync("busy", default).AsTask();
        Assert.False(eighth.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(TimeSpan.FromMilliseconds(100), await eighth);
    }

    [Fact]
    public async Task A_swept_shop_starts_again_with_a_full_burst_as_it_would_have_anyway()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var limiter = new JdLocalRateLimiter(Options(), time);
        for (var i = 0; i < 10; i++)
        {
            await limiter.WaitAsync("shop", default);
        }

        time.Advance(TimeSpan.FromSeconds(3));
        await limiter.WaitAsync("sweeper", default);
        Assert.Equal(1, limiter.ShopCount);

        var waits = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            waits.Add(await limiter.WaitAsync("shop", default));
        }

        Assert.All(waits, w => Assert.Equal(TimeSpan.Zero, w));
    }
}
