using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JdAfterSales.Tests.Resilience;

/// <summary>The public <see cref="IJdRateLimiter"/> hook: given to the constructor or registered in the container.</summary>
public sealed class RateLimiterHookTests
{
    private static JdRawRequest Raw() => new("jingdong.x", null, JdOperationKind.Read);

    [Fact]
    public async Task A_limiter_given_to_the_constructor_is_asked_once_per_call_with_the_shop()
    {
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var limiter = new RecordingLimiter();
        var client = new JdClient(new HttpClient(handler), TestClients.Options(), rateLimiter: limiter);

        await client.SendAsync(Raw(), new JdCallOptions { ShopId = "shop-a" });
        await client.ForShop("shop-b").SendAsync(Raw(), default);
        await client.SendAsync(Raw(), default);

        Assert.Equal(["shop-a", "shop-b", null], limiter.Shops);
    }

    [Theory]
    [InlineData("true", 1)]
    [InlineData("false", 0)]
    public async Task A_registered_limiter_is_used_only_while_the_limit_is_enabled(string enabled, int expectedWaits)
    {
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var limiter = new RecordingLimiter();
        var services = new ServiceCollection();
        services.AddSingleton<IJdRateLimiter>(limiter);
        services.AddJdAfterSales(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JdAfterSales:AppKey"] = TestClients.AppKey,
            ["JdAfterSales:AppSecret"] = TestClients.AppSecret,
            ["JdAfterSales:AccessToken"] = TestClients.AccessToken,
            ["JdAfterSales:Gateway"] = "https://gateway.test/routerjson",
            ["JdAfterSales:RateLimit:Enabled"] = enabled,
        }).Build()).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<JdClient>().SendAsync(Raw(), default);

        Assert.Equal(expectedWaits, limiter.Shops.Count);
    }

    [Fact]
    public void The_local_limiter_refuses_impossible_rates_naming_the_option()
    {
        var error = Assert.Throws<JdValidationException>(() => new JdLocalRateLimiter(new JdRateLimitOptions { AppBurst = 0 }));
        Assert.Equal("JdRateLimitOptions.AppBurst", error.Field);
    }

    private sealed class RecordingLimiter : IJdRateLimiter
    {
        public List<string?> Shops { get; } = [];

        public ValueTask<TimeSpan> WaitAsync(string? shopId, CancellationToken cancellationToken)
        {
            lock (Shops)
            {
                Shops.Add(shopId);
            }

            return ValueTask.FromResult(TimeSpan.Zero);
        }
    }
}
