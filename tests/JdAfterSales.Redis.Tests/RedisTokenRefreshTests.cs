using JdAfterSales.Auth;
using JdAfterSales.Orders;
using JdAfterSales.Testing;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace JdAfterSales.Redis.Tests;

/// <summary>The Redis token store's refresh lease and fence, on a real redis-server and the fake gateway's OAuth.</summary>
public sealed class RedisTokenRefreshTests
{
    private static readonly DateTimeOffset Anchor = new(2024, 5, 20, 13, 45, 0, TimeSpan.FromHours(8));

    [RedisFact]
    public async Task Three_instances_on_one_redis_refresh_once_per_expiry_with_a_hundred_concurrent_calls_each()
    {
        var clock = new FakeTimeProvider(Anchor);
        await using var gateway = FakeJdGateway.Start(new FakeJdGatewayOptions { TimeProvider = clock, OrderCount = 20 });
        using var http = new HttpClient();
        var options = RedisTestServer.Options();
        var connections = Enumerable.Range(0, 3).Select(_ => RedisTestServer.Connect()).ToArray();
        try
        {
            var instances = connections.Select(redis =>
            {
                // Long timeouts: the pump moves this fake clock on while 300 calls cross real HTTP and Redis, and a call
                // slowed by a loaded machine must not time out on fake time.
                var oauth = new JdOAuthClient(http, new JdOAuthOptions { AppKey = gateway.AppKey, AppSecret = gateway.AppSecret, BaseUri = gateway.BaseUri, Timeout = TimeSpan.FromMinutes(10) }, clock);
                var provider = new JdOAuthTokenProvider(oauth, new JdRedisTokenStore(redis, options), timeProvider: clock);
                var clientOptions = ClientOptions(gateway);
                clientOptions.Timeout = TimeSpan.FromMinutes(10);
                clientOptions.Retry.TotalTimeout = TimeSpan.FromMinutes(20);
                var client = new JdClient(http, clientOptions, provider, clock).ForShop("shop-1");
                return (Provider: provider, Client: client);
            }).ToArray();
            await instances[0].Provider.AuthorizeAsync("shop-1", gateway.IssueAuthorizationCode());
            var orderId = gateway.Data.Orders[0].OrderId;

            for (var expiry = 1; expiry <= 2; expiry++)
            {
                // 23.5 hours on, every instance finds the day-long token inside its one-hour refresh margin at once.
                clock.Advance(TimeSpan.FromHours(23.5));
                var before = gateway.OAuthRequestCount;
                var calls = instances.SelectMany(i => Enumerable.Range(0, 100).Select(_ => i.Client.Orders.GetAsync(new GetOrderRequest { OrderId = orderId, Fields = [OrderField.OrderId] }))).ToArray();
                await FakeTimePump.RunAsync(clock, Task.WhenAll(calls), TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(30));

                Assert.All(calls, call => Assert.Equal(orderId, call.Result!.OrderId));
                Assert.Equal(1, gateway.OAuthRequestCount - before);
            }
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

    [RedisFact]
    public async Task A_late_write_under_an_expired_lease_is_refused_and_the_newer_tokens_stay()
    {
        using var redisA = RedisTestServer.Connect();
        using var redisB = RedisTestServer.Connect();
        var options = RedisTestServer.Options();
        var instanceA = new JdRedisTokenStore(redisA, options);
        var instanceB = new JdRedisTokenStore(redisB, options);
        try
        {
            await instanceA.SetAsync("shop-1", Tokens("old"), default);

            // A takes the lease and stalls past its expiry (it "died" for a while); B then takes a newer one. The
            // lease lasts long enough (real time) that a busy machine cannot let it lapse before B's first try.
            var late = (await instanceA.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(3), default))!;
            Assert.Null(await instanceB.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(30), default));
            var current = await AcquireOnceFreeAsync(instanceB, "shop-1");
            Assert.True(current.Fence > late.Fence);

            Assert.True(await current.TrySetAsync(Tokens("newer"), default));
            Assert.False(await late.TrySetAsync(Tokens("stale"), default));
            Assert.Equal("newer", (await instanceA.GetAsync("shop-1", default))!.AccessToken);

            // A's release is a compare-and-delete: B's lease survives it.
            await late.DisposeAsync();
            Assert.Null(await instanceA.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(30), default));
            await current.DisposeAsync();
            Assert.NotNull(await instanceA.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(30), default));
        }
        finally
        {
            await RedisTestServer.CleanAsync(redisA, options);
        }
    }

    [RedisFact]
    public async Task A_new_authorization_outranks_a_lease_granted_before_it_and_a_lost_fence_counter_cannot_go_back()
    {
        using var redis = RedisTestServer.Connect();
        var options = RedisTestServer.Options();
        var store = new JdRedisTokenStore(redis, options);
        try
        {
            var lease = (await store.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(30), default))!;
            await store.SetAsync("shop-1", Tokens("authorized"), default);
            Assert.False(await lease.TrySetAsync(Tokens("from-an-old-refresh"), default));
            await lease.DisposeAsync();

            // The counter is evicted or flushed on its own: the next fence still outranks the stored tokens.
            await redis.GetDatabase().KeyDeleteAsync(options.KeyPrefix + "tokens:{shop-1}:fence");
            var next = (await store.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(30), default))!;
            Assert.True(next.Fence > lease.Fence);
            Assert.True(await next.TrySetAsync(Tokens("refreshed"), default));
            Assert.Equal("refreshed", (await store.GetAsync("shop-1", default))!.AccessToken);
        }
        finally
        {
            await RedisTestServer.CleanAsync(redis, options);
        }
    }

    [RedisFact]
    public async Task Keys_name_shops_only_and_the_tokens_round_trip()
    {
        using var redis = RedisTestServer.Connect();
        var options = RedisTestServer.Options();
        var store = new JdRedisTokenStore(redis, options);
        try
        {
            var tokens = Tokens("secret-access-token");
            await store.SetAsync("shop-9", tokens, default);
            await using (await store.TryAcquireRefreshLeaseAsync("shop-9", TimeSpan.FromSeconds(30), default))
            {
                var keys = new List<string>();
                await foreach (var key in redis.GetServers()[0].KeysAsync(pattern: options.KeyPrefix + "*"))
                {
                    keys.Add(key!);
                }

                Assert.Equal(3, keys.Count);
                Assert.All(keys, key => Assert.DoesNotContain("secret", key, StringComparison.Ordinal));
            }

            var read = (await store.GetAsync("shop-9", default))!;
            Assert.Equal(tokens.AccessToken, read.AccessToken);
            Assert.Equal(tokens.RefreshToken, read.RefreshToken);
            Assert.Equal(tokens.ExpiresAt, read.ExpiresAt);
            await store.RemoveAsync("shop-9", default);
            Assert.Null(await store.GetAsync("shop-9", default));
            Assert.DoesNotContain("secret", store.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await RedisTestServer.CleanAsync(redis, options);
        }
    }

    internal static JdClientOptions ClientOptions(FakeJdGateway gateway) => new()
    {
        Gateway = gateway.RouterJsonUri,
        AppKey = gateway.AppKey,
        AppSecret = gateway.AppSecret,
        VenderId = gateway.VenderId,
        Retry = new JdRetryOptions { MaxRetries = 0 },
    };

    private static JdTokenSet Tokens(string access) =>
        new() { AccessToken = access, RefreshToken = "refresh-" + access, ExpiresAt = Anchor.AddDays(1), Scope = "snsapi_base" };

    /// <summary>Redis expires leases on its own clock: poll until the short one is gone (bounded; no timing is asserted).</summary>
    private static async Task<IJdTokenRefreshLease> AcquireOnceFreeAsync(JdRedisTokenStore store, string shop)
    {
        for (var i = 0; i < 500; i++)
        {
            if (await store.TryAcquireRefreshLeaseAsync(shop, TimeSpan.FromSeconds(30), default) is { } lease)
            {
                return lease;
            }

            await Task.Delay(20);
        }

        throw new Xunit.Sdk.XunitException("the expired lease was never freed");
    }
}
