using System.Net;
using System.Text;
using JdAfterSales.Auth;
using JdAfterSales.Automation;
using JdAfterSales.Gateway;
using Microsoft.Extensions.DependencyInjection;

namespace JdAfterSales.Redis.Tests;

public sealed class RedisDependencyInjectionTests
{
    [RedisFact]
    public async Task One_call_registers_the_store_the_limiter_and_the_leases_and_the_client_uses_the_shared_limit()
    {
        var prefix = RedisTestServer.Options().KeyPrefix;
        var services = new ServiceCollection();
        services.AddJdAfterSales(o =>
            {
                o.AppKey = "APPKEY";
                o.AppSecret = "0123456789abcdef0123456789abcdef";
                o.AccessToken = "abcdef0123456789abcdef0123456789";
                o.Gateway = new Uri("https://gateway.test/routerjson");
                // A slow rate keeps the app's key alive for seconds (its expiry follows the next permit), so a busy
                // machine cannot let it lapse between the call and the check.
                o.RateLimit = new JdRateLimitOptions { Enabled = true, AppPermitsPerSecond = 0.1 };
            })
            .ConfigurePrimaryHttpMessageHandler(() => new OkHandler())
            .AddJdAfterSalesRedis(RedisTestServer.Endpoint, o => o.KeyPrefix = prefix);
        await using var provider = services.BuildServiceProvider();

        Assert.IsType<JdRedisTokenStore>(provider.GetRequiredService<IJdTokenStore>());
        Assert.IsType<JdRedisRateLimiter>(provider.GetRequiredService<IJdRateLimiter>());
        Assert.IsType<JdRedisWorkItemLeases>(provider.GetRequiredService<IJdWorkItemLeases>());
        using var redis = RedisTestServer.Connect();
        await provider.GetRequiredService<JdClient>().InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);

        try
        {
            Assert.True(await redis.GetDatabase().KeyExistsAsync(prefix + "rate:{APPKEY}:app"), "the client's call did not go through the shared limit");
        }
        finally
        {
            await RedisTestServer.CleanAsync(redis, new JdRedisOptions { KeyPrefix = prefix });
        }
    }

    [Fact]
    public void A_malformed_configuration_is_a_validation_error_that_quotes_nothing()
    {
        var services = new ServiceCollection();
        var builder = services.AddJdAfterSales(o => o.AppKey = "APPKEY");
        var error = Assert.Throws<JdValidationException>(() => builder.AddJdAfterSalesRedis("localhost,password=hunter2,nosuchoption=1", null));
        Assert.Equal("configuration", error.Field);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
        Assert.Throws<JdValidationException>(() => builder.AddJdAfterSalesRedis("localhost:6379", o => o.KeyPrefix = ""));
    }

    private sealed class OkHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"jingdong_x_responce":{"code":"0"}}""")) });
    }
}
