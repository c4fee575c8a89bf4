using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Redis.Tests;

/// <summary>
/// The shared limit across instances, on a real redis-server. The script is driven with an explicit "now" (fake
/// milliseconds) instead of Redis's TIME, so the counts are exact and no wall clock is involved.
/// </summary>
public sealed class RedisRateLimiterTests
{
    [RedisFact]
    public async Task Three_limiters_hold_the_combined_app_rate_within_ten_percent()
    {
        // 10 calls a second for the app; the shop limits (one shop per worker) never bind.
        var limits = new JdRateLimitOptions { AppPermitsPerSecond = 10, AppBurst = 20, ShopPermitsPerSecond = 1000, ShopBurst = 1000 };
        var sent = await SimulateAsync(limits, worker => $"shop-{worker}");

        // 50 s measured after a 10 s warm-up (the burst): 500 expected; 3 unshared limiters would send 1,500.
        Assert.InRange(sent, 450, 550);
    }

    [RedisFact]
    public async Task Three_limiters_hold_one_shops_rate_within_ten_percent()
    {
        var limits = new JdRateLimitOptions { AppPermitsPerSecond = 1000, AppBurst = 1000, ShopPermitsPerSecond = 5, ShopBurst = 10 };
        var sent = await SimulateAsync(limits, _ => "shop-1");
        Assert.InRange(sent, 225, 275);
    }

    [RedisFact]
    public async Task A_call_past_the_shared_burst_waits_on_the_clock_for_its_slot_even_on_another_instance()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2024, 5, 20, 5, 45, 30, TimeSpan.Zero));
        var options = RedisTestServer.Options();
        using var redisA = RedisTestServer.Connect();
        using var redisB = RedisTestServer.Connect();
        var limits = new JdRateLimitOptions { AppPermitsPerSecond = 1, AppBurst = 2, ShopPermitsPerSecond = 100, ShopBurst = 100 };
        var instanceA = new JdRedisRateLimiter(redisA, "APPKEY", limits, options, time) { ScriptClock = () => time.GetUtcNow().ToUnixTimeMilliseconds() };
        var bAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var instanceB = new JdRedisRateLimiter(redisB, "APPKEY", limits, options, time)
        {
            ScriptClock = () =>
            {
                bAsked.TrySetResult();
                return time.GetUtcNow().ToUnixTimeMilliseconds();
            },
        };
        try
        {
            Assert.Equal(TimeSpan.Zero, await instanceA.WaitAsync("s", default));
            Assert.Equal(TimeSpan.Zero, await instanceA.WaitAsync("s", default));

            // Time moves only once B has asked Redis (at fake now), however long the round trip takes in real time.
            var third = instanceB.WaitAsync("s", default).AsTask();
            await bAsked.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(third.IsCompleted);
            await FakeTimePump.RunAsync(time, third, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
            Assert.Equal(TimeSpan.FromSeconds(1), await third);
        }
        finally
        {
            await RedisTestServer.CleanAsync(redisA, options);
        }
    }

    /// <summary>
    /// 3 instances × 4 workers each send whenever their reserved slot comes, over 60 s of fake time in 10 ms steps;
    /// returns how many sends fell in the last 50 s.
    /// </summary>
    private static async Task<int> SimulateAsync(JdRateLimitOptions limits, Func<int, string> shopOfWorker)
    {
        var options = RedisTestServer.Options();
        var connections = Enumerable.Range(0, 3).Select(_ => RedisTestServer.Connect()).ToArray();
        var now = 1_700_000_000_000d;
        var start = now;
        try
        {
            var limiters = connections.Select(redis => new JdRedisRateLimiter(redis, "APPKEY", limits, options) { ScriptClock = () => now }).ToArray();
            var workers = Enumerable.Range(0, 12).Select(w => (Limiter: limiters[w % 3], Shop: shopOfWorker(w), GoAt: double.NaN)).ToArray();
            var sent = 0;
            for (; now < start + 60_000; now += 10)
            {
                for (var w = 0; w < workers.Length; w++)
                {
                    if (!double.IsNaN(workers[w].GoAt) && now < workers[w].GoAt)
                    {
                        continue;
                    }

                    if (!double.IsNaN(workers[w].GoAt) && workers[w].GoAt >= start + 10_000)
                    {
                        sent++;
                    }

                    var wait = await workers[w].Limiter.ReserveAsync(workers[w].Shop, default);
                    Assert.NotNull(wait);
                    workers[w].GoAt = now + wait.Value.TotalMilliseconds;
                }
            }

            return sent;
        }
        finally
        {
            await RedisTestServer.CleanAsync(connections[0], options);
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }
    }
}
