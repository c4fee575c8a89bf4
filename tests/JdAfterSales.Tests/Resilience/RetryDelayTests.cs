using JdAfterSales.Gateway;

namespace JdAfterSales.Tests.Resilience;

public sealed class RetryDelayTests
{
    private static readonly JdRetryOptions Options = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(500),
        RateLimitedBaseDelay = TimeSpan.FromSeconds(5),
        MaxDelay = TimeSpan.FromSeconds(30),
    };

    [Theory]
    [InlineData(0, 250, 500)]
    [InlineData(1, 500, 1000)]
    [InlineData(3, 2000, 4000)]
    [InlineData(10, 15000, 30000)]
    public void Backoff_doubles_with_jitter_in_the_upper_half_and_is_capped(int attempt, double lowMs, double highMs)
    {
        var gateway = new JdGatewayException("x", "66");
        var low = new JdRetryDelays(Options, () => 0.0).For(gateway, attempt);
        var high = new JdRetryDelays(Options, () => 1.0).For(gateway, attempt);
        Assert.Equal(TimeSpan.FromMilliseconds(lowMs), low);
        Assert.Equal(TimeSpan.FromMilliseconds(highMs), high);
    }

    [Fact]
    public void Rate_limit_starts_from_its_own_base() =>
        Assert.Equal(TimeSpan.FromSeconds(5), new JdRetryDelays(Options, () => 1.0).For(new JdRateLimitException("x", "2"), 0));

    [Fact]
    public void Retry_after_is_honoured_up_to_the_cap()
    {
        var delays = new JdRetryDelays(Options, () => 0.0);
        Assert.Equal(TimeSpan.FromSeconds(12), delays.For(new JdTransportException("x") { RetryAfter = TimeSpan.FromSeconds(12) }, 0));
        Assert.Equal(TimeSpan.FromSeconds(30), delays.For(new JdTransportException("x") { RetryAfter = TimeSpan.FromDays(1) }, 0));
    }

    [Theory]
    [InlineData(JdOperationKind.Read, true)]
    [InlineData(JdOperationKind.Write, false)]
    public void Only_reads_retry_failures_that_may_have_reached_jd(JdOperationKind kind, bool expected)
    {
        Assert.Equal(expected, JdRetryRules.ShouldRetry(new JdTransportException("x", JdDeliveryState.Unknown, null), kind));
        Assert.Equal(expected, JdRetryRules.ShouldRetry(new JdTimeoutException("x", TimeSpan.FromSeconds(1), null), kind));
        Assert.Equal(expected, JdRetryRules.ShouldRetry(new JdGatewayException("x", "66"), kind));
        Assert.True(JdRetryRules.ShouldRetry(new JdTransportException("x", JdDeliveryState.NotSent, null), kind));
    }
}
