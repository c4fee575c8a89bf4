using JdAfterSales.Auth;
using JdAfterSales.Orders;
using Microsoft.Extensions.Caching.StackExchangeRedis;

namespace JdAfterSales.Tests.Auth;

/// <summary>
/// Runs only against a real redis-server named by <c>JD_TEST_REDIS</c> (for example <c>127.0.0.1:6379</c>);
/// <c>.ci/run</c> starts one. Skipped when the variable is unset, except under CI (<c>CI=true</c>), where a missing
/// Redis fails the test instead of hiding it.
/// </summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public const string Variable = "JD_TEST_REDIS";

    public RedisFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)) && !IsCi)
        {
            Skip = $"{Variable} is not set, so no redis-server is available on this machine (start one, e.g. `redis-server --port 6390 --bind 127.0.0.1`, and set {Variable}=127.0.0.1:6390). CI sets it and never skips this test.";
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

public sealed class RedisTokenStoreTests
{
    [RedisFact]
    public async Task Two_clients_backed_by_one_real_redis_share_one_token_and_refresh_once()
    {
        var configuration = Environment.GetEnvironmentVariable(RedisFactAttribute.Variable);
        Assert.False(string.IsNullOrWhiteSpace(configuration), $"CI=true but {RedisFactAttribute.Variable} is not set: .ci/run must start redis-server and export it.");

        // A prefix of our own, so reruns and parallel runs against one server never see each other's tokens.
        var prefix = $"jdaftersales-test:{Guid.NewGuid():N}:";
        using var cacheA = new RedisCache(new RedisCacheOptions { Configuration = configuration });
        using var cacheB = new RedisCache(new RedisCacheOptions { Configuration = configuration });
        var storeA = new JdDistributedCacheTokenStore(cacheA, prefix);
        var storeB = new JdDistributedCacheTokenStore(cacheB, prefix);
        try
        {
            var fakes = new AuthFakes { RefreshGate = new TaskCompletionSource() };
            await storeA.SetAsync("shop-1", AuthFakes.Tokens("expired", AuthFakes.Now.AddMinutes(-1)), default);
            var clientA = fakes.Client(fakes.Provider(storeA));
            var clientB = fakes.Client(fakes.Provider(storeB));

            var first = Enumerable.Range(0, 50).Select(_ => clientA.Orders.GetAsync(new GetOrderRequest { OrderId = 1, Fields = [OrderField.OrderId] })).ToArray();
            fakes.RefreshGate.SetResult();
            await Task.WhenAll(first);
            await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => clientB.Orders.GetAsync(new GetOrderRequest { OrderId = 1, Fields = [OrderField.OrderId] })));

            Assert.Equal(1, fakes.Refreshes);
            Assert.Equal(100, fakes.GatewayCalls);
            Assert.All(fakes.TokensSeenByGateway, t => Assert.Equal("token-1", t));
            Assert.Equal("token-1", (await storeB.GetAsync("shop-1", default))!.AccessToken);
        }
        finally
        {
            await storeA.RemoveAsync("shop-1", default);
        }
    }
}
