using JdAfterSales.Auth;
using JdAfterSales.Automation;
using JdAfterSales.Orders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Redis.Tests;

/// <summary>Redis unreachable (nothing listens on the port): the typed error and each part's fallback. No server needed.</summary>
public sealed class RedisDownTests
{
    private static readonly DateTimeOffset Anchor = new(2024, 5, 20, 13, 45, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task The_limiter_falls_back_to_the_local_limit_logs_the_outage_once_and_asks_redis_again_after_the_back_off()
    {
        using var down = RedisTestServer.ConnectUnreachable();
        var time = new FakeTimeProvider(Anchor);
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(logs)));
        var limits = new JdRateLimitOptions { AppPermitsPerSecond = 1, AppBurst = 2, ShopPermitsPerSecond = 100, ShopBurst = 100 };
        var limiter = new JdRedisRateLimiter(down, "APPKEY", limits, new JdRedisOptions { RedisRetryDelay = TimeSpan.FromSeconds(5) }, time, loggerFactory);
        var redisAsked = 0;
        limiter.ScriptClock = () =>
        {
            Interlocked.Increment(ref redisAsked);
            return time.GetUtcNow().ToUnixTimeMilliseconds();
        };

        // The local limit (burst 2, then 1 a second) governs while Redis is out: calls keep working.
        Assert.Equal(TimeSpan.Zero, await limiter.WaitAsync("s", default));
        Assert.Equal(TimeSpan.Zero, await limiter.WaitAsync("s", default));
        var third = limiter.WaitAsync("s", default).AsTask();
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(1), await third);
        Assert.Equal(1, redisAsked);

        // After the 5 s back-off one call asks Redis again; it is still down, so the next wait is 10 s.
        time.Advance(TimeSpan.FromSeconds(4));
        await limiter.WaitAsync("s", default);
        Assert.Equal(2, redisAsked);
        time.Advance(TimeSpan.FromSeconds(9));
        await limiter.WaitAsync("s", default);
        Assert.Equal(2, redisAsked);

        Assert.Single(logs.GetSnapshot(), r => r.Id.Id == 1101);
    }

    [Fact]
    public async Task A_disposed_connection_is_an_outage_the_limiter_rides_out_and_the_store_reports_typed()
    {
        var gone = RedisTestServer.ConnectUnreachable();
        gone.Dispose();
        var limiter = new JdRedisRateLimiter(gone, "APPKEY", new JdRateLimitOptions { AppPermitsPerSecond = 10, AppBurst = 10 }, new JdRedisOptions(), new FakeTimeProvider(Anchor));

        Assert.Equal(TimeSpan.Zero, await limiter.WaitAsync("s", default));
        await Assert.ThrowsAsync<JdCoordinationException>(() => new JdRedisTokenStore(gone).GetAsync("shop-1", default).AsTask());
    }

    [Fact]
    public async Task The_token_store_fails_typed_and_a_call_through_the_client_is_a_JdException()
    {
        using var down = RedisTestServer.ConnectUnreachable();
        var store = new JdRedisTokenStore(down);
        await Assert.ThrowsAsync<JdCoordinationException>(() => store.GetAsync("shop-1", default).AsTask());
        await Assert.ThrowsAsync<JdCoordinationException>(() => store.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(30), default).AsTask());

        var oauth = new JdOAuthClient(new HttpClient(), new JdOAuthOptions { AppKey = "APPKEY", AppSecret = "0123456789abcdef0123456789abcdef" });
        var client = new JdClient(
            new HttpClient(),
            new JdClientOptions { AppKey = "APPKEY", AppSecret = "0123456789abcdef0123456789abcdef", Gateway = new Uri("http://127.0.0.1:1/routerjson") },
            new JdOAuthTokenProvider(oauth, store));
        var error = await Assert.ThrowsAnyAsync<JdException>(() => client.ForShop("shop-1").Orders.GetAsync(new GetOrderRequest { OrderId = 1 }));
        Assert.IsType<JdCoordinationException>(error);
    }

    [Fact]
    public async Task Work_item_leases_fail_typed_so_automation_pauses()
    {
        using var down = RedisTestServer.ConnectUnreachable();
        var leases = new JdRedisWorkItemLeases(down);
        var error = await Assert.ThrowsAsync<JdCoordinationException>(() => leases.TryAcquireAsync(JdWorkItemKeys.ServiceOrder(1), TimeSpan.FromSeconds(30), default).AsTask());
        Assert.DoesNotContain("password", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
