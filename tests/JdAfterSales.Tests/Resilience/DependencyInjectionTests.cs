using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JdAfterSales.Tests.Resilience;

public sealed class DependencyInjectionTests
{
    private static IConfiguration Configuration(params (string Key, string? Value)[] extra)
    {
        var values = new Dictionary<string, string?>
        {
            ["JdAfterSales:AppKey"] = TestClients.AppKey,
            ["JdAfterSales:AppSecret"] = TestClients.AppSecret,
            ["JdAfterSales:AccessToken"] = TestClients.AccessToken,
            ["JdAfterSales:Gateway"] = "https://gateway.test/routerjson",
            ["JdAfterSales:Timeout"] = "00:00:10",
            ["JdAfterSales:Retry:MaxRetries"] = "0",
            ["JdAfterSales:VenderId"] = "10001234",
        };
        foreach (var (key, value) in extra)
        {
            values[key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }

    [Fact]
    public async Task Options_bind_from_the_JdAfterSales_section_and_the_client_sends_through_the_factory()
    {
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var services = new ServiceCollection();
        services.AddJdAfterSales(Configuration()).ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<JdClient>();
        await client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);

        Assert.Same(client, provider.GetRequiredService<JdClient>());
        Assert.Equal(new Uri("https://gateway.test/routerjson"), client.Gateway);
        Assert.Equal(TimeSpan.FromSeconds(10), client.Options.Timeout);
        Assert.Equal("10001234", client.Options.VenderId);
        Assert.Equal(TestClients.AppKey, Assert.Single(handler.Requests).Form["app_key"]);
    }

    [Fact]
    public async Task Invalid_options_fail_at_start_up_naming_the_option()
    {
        var services = new ServiceCollection();
        services.AddJdAfterSales(Configuration(("JdAfterSales:AppKey", ""), ("JdAfterSales:Timeout", "-00:00:01")));
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, f => f.StartsWith("JdClientOptions.AppKey", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("JdClientOptions.Timeout", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_delegate_overload_configures_in_code_and_returns_the_http_client_builder()
    {
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var services = new ServiceCollection();
        var builder = services.AddJdAfterSales(o =>
        {
            o.AppKey = TestClients.AppKey;
            o.AppSecret = TestClients.AppSecret;
            o.Gateway = new Uri("https://gateway.test/routerjson");
            o.Retry.MaxRetries = 0;
        });
        builder.ConfigurePrimaryHttpMessageHandler(() => handler);
        await using var provider = services.BuildServiceProvider();

        Assert.Equal(JdAfterSalesServiceCollectionExtensions.HttpClientName, builder.Name);
        await provider.GetRequiredService<JdClient>().InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        Assert.Single(handler.Requests);
    }
}
