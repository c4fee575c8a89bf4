using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Resilience;

public sealed class RateLimitTests
{
    [Fact]
    public void A_bucket_gives_its_burst_at_once_then_one_token_per_interval()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var bucket = new JdTokenBucket(permitsPerSecond: 2, burst: 3, time);

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero], new[] { bucket.Reserve(), bucket.Reserve(), bucket.Reserve() });
        Assert.Equal(TimeSpan.FromMilliseconds(500), bucket.Reserve());
        Assert.Equal(TimeSpan.FromSeconds(1), bucket.Reserve());
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
    }

    [Fact]
    public async Task Calls_over_the_shop_limit_wait_on_the_clock_and_other_shops_do_not()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var options = TestClients.Options();
        options.RateLimit = new JdRateLimitOptions { Enabled = true, AppPermitsPerSecond = 100, AppBurst = 100, ShopPermitsPerSecond = 1, ShopBurst = 2 };
        var client = TestClients.Create(handler, options, time);
        var shopA = new JdCallOptions { ShopId = "shop-a" };
        var shopB = new JdCallOptions { ShopId = "shop-b" };

        await client.SendAsync(new JdRawRequest("jingdong.x", null, JdOperationKind.Read), shopA);
        await client.SendAsync(new JdRawRequest("jingdong.x", null, JdOperationKind.Read), shopA);
        var third = client.SendAsync(new JdRawRequest("jingdong.x", null, JdOperationKind.Read), shopA);
        await client.SendAsync(new JdRawRequest("jingdong.x", null, JdOperationKind.Read), shopB);

        Assert.False(third.IsCompleted);
        Assert.Equal(3, handler.Requests.Count);
        var waited = await FakeTimePump.RunAsync(time, third, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5));
        await third;
        Assert.Equal(4, handler.Requests.Count);
        Assert.InRange(waited, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.1));
    }

    [Fact]
    public void Enabled_limits_are_validated()
    {
        var options = TestClients.Options();
        options.RateLimit = new JdRateLimitOptions { Enabled = true, ShopPermitsPerSecond = 0 };
        var error = Assert.Throws<JdValidationException>(() => new JdClient(new HttpClient(), options));
        Assert.Equal("JdClientOptions.RateLimit.ShopPermitsPerSecond", error.Field);
    }
}
