using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JdAfterSales.Tests;

/// <summary>
/// Every bound the client's pipeline needs is checked by <see cref="JdClientOptions.Validate"/>, and so by the
/// start-up validator: the error names the option, instead of Polly's ValidationException (or an overflow) when the
/// client is built or first used.
/// </summary>
public sealed class OptionsBoundsTests
{
    public static TheoryData<string, Action<JdClientOptions>> OutOfBounds => new()
    {
        { "JdClientOptions.Retry.TotalTimeout", o => o.Retry.TotalTimeout = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1) },
        { "JdClientOptions.Retry.TotalTimeout", o => { o.Timeout = TimeSpan.FromMilliseconds(10); o.Retry.TotalTimeout = TimeSpan.FromMilliseconds(9); } },
        { "JdClientOptions.Retry.TotalTimeout", o => o.Retry.TotalTimeout = TimeSpan.MaxValue },
        { "JdClientOptions.Timeout", o => o.Timeout = TimeSpan.FromMilliseconds(9) },
        { "JdClientOptions.Timeout", o => o.Timeout = TimeSpan.FromDays(2) },
        { "JdClientOptions.Retry.MaxDelay", o => o.Retry.MaxDelay = TimeSpan.MaxValue },
        { "JdClientOptions.Retry.MaxDelay", o => o.Retry.MaxDelay = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1) },
        { "JdClientOptions.Retry.BaseDelay", o => { o.Retry.BaseDelay = TimeSpan.FromDays(3); o.Retry.MaxDelay = TimeSpan.FromDays(3); } },
        { "JdClientOptions.Retry.RateLimitedBaseDelay", o => o.Retry.RateLimitedBaseDelay = TimeSpan.MaxValue },
        { "JdClientOptions.Retry.MaxRetries", o => o.Retry.MaxRetries = int.MaxValue },
        { "JdClientOptions.MaxResponseBytes", o => o.MaxResponseBytes = int.MaxValue },
        { "JdClientOptions.RateLimit.AppPermitsPerSecond", o => { o.RateLimit.Enabled = true; o.RateLimit.AppPermitsPerSecond = 1e-300; } },
        { "JdClientOptions.RateLimit.AppPermitsPerSecond", o => { o.RateLimit.Enabled = true; o.RateLimit.AppPermitsPerSecond = double.NaN; } },
        { "JdClientOptions.RateLimit.ShopPermitsPerSecond", o => { o.RateLimit.Enabled = true; o.RateLimit.ShopPermitsPerSecond = 1e300; } },
        { "JdClientOptions.RateLimit.ShopPermitsPerSecond", o => { o.RateLimit.Enabled = true; o.RateLimit.ShopPermitsPerSecond = 0.0009; } },
        { "JdClientOptions.RateLimit.AppBurst", o => { o.RateLimit.Enabled = true; o.RateLimit.AppBurst = int.MaxValue; } },
        { "JdClientOptions.RateLimit.ShopBurst", o => { o.RateLimit.Enabled = true; o.RateLimit.ShopBurst = 0; } },
    };

    [Theory]
    [MemberData(nameof(OutOfBounds))]
    public void Every_bound_the_pipeline_needs_is_a_validation_error_naming_the_option(string option, Action<JdClientOptions> spoil)
    {
        var options = TestClients.Options();
        spoil(options);

        var error = Assert.Throws<JdValidationException>(() => new JdClient(new HttpClient(), options));

        Assert.Equal(option, error.Field);
    }

    [Fact]
    public void The_edges_of_every_range_are_accepted()
    {
        var options = TestClients.Options();
        options.Timeout = TimeSpan.FromMilliseconds(10);
        options.MaxResponseBytes = JdClientOptions.MaxResponseBytesLimit;
        options.Retry = new JdRetryOptions
        {
            MaxRetries = 10,
            BaseDelay = TimeSpan.FromDays(1),
            RateLimitedBaseDelay = TimeSpan.FromDays(1),
            MaxDelay = TimeSpan.FromDays(1),
            TotalTimeout = TimeSpan.FromDays(1),
        };
        options.RateLimit = new JdRateLimitOptions { Enabled = true, AppPermitsPerSecond = 0.001, ShopPermitsPerSecond = 1_000_000, AppBurst = 1, ShopBurst = 1_000_000 };

        Assert.Empty(options.GetErrors());
        _ = new JdClient(new HttpClient(), options);

        options.Retry.TotalTimeout = TimeSpan.FromMilliseconds(10);
        Assert.Empty(options.GetErrors());
        _ = new JdClient(new HttpClient(), options);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0123456789abcde")]
    [InlineData("0123456789abcdef 0123456789abcdef")]
    [InlineData("0123456789abcdef\u00e90123456789abcdef")]
    public void An_implausible_app_secret_is_refused_without_quoting_it(string secret)
    {
        var options = TestClients.Options();
        options.AppSecret = secret;

        var error = Assert.Throws<JdValidationException>(() => new JdClient(new HttpClient(), options));

        Assert.Equal("JdClientOptions.AppSecret", error.Field);
        Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(secret.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_total_timeout_above_a_day_fails_at_start_up_not_on_first_resolve()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["JdAfterSales:AppKey"] = TestClients.AppKey,
            ["JdAfterSales:AppSecret"] = TestClients.AppSecret,
            ["JdAfterSales:Retry:TotalTimeout"] = "2.00:00:00",
            ["JdAfterSales:RateLimit:Enabled"] = "true",
            ["JdAfterSales:RateLimit:AppPermitsPerSecond"] = "1e-300",
        }).Build();
        var services = new ServiceCollection();
        services.AddJdAfterSales(configuration);
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.StartsWith("JdClientOptions.Retry.TotalTimeout", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("JdClientOptions.RateLimit.AppPermitsPerSecond", StringComparison.Ordinal));
    }
}
