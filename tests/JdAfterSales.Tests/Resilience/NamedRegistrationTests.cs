using System.Security.Cryptography;
using System.Text;
using JdAfterSales.Auth;
using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JdAfterSales.Tests.Resilience;

/// <summary>Several JD apps in one service: keyed clients, each with its own options, HTTP client and tokens.</summary>
public sealed class NamedRegistrationTests
{
    private const string SecondSecret = "fedcba9876543210fedcba9876543210";

    private static IConfiguration Configuration() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["JdAfterSales:BrandA:AppKey"] = "APPKEYBRANDA0001",
        ["JdAfterSales:BrandA:AppSecret"] = TestClients.AppSecret,
        ["JdAfterSales:BrandA:AccessToken"] = "token-of-brand-a-000001",
        ["JdAfterSales:BrandA:Gateway"] = "https://gateway.test/routerjson",
        ["JdAfterSales:BrandA:Retry:MaxRetries"] = "0",
        ["JdAfterSales:BrandB:AppKey"] = "APPKEYBRANDB0002",
        ["JdAfterSales:BrandB:AppSecret"] = SecondSecret,
        ["JdAfterSales:BrandB:Gateway"] = "https://gateway.test/routerjson",
        ["JdAfterSales:BrandB:Retry:MaxRetries"] = "0",
    }).Build();

    [Fact]
    public async Task Each_named_client_sends_with_its_own_app_key_secret_http_client_and_keyed_token_provider()
    {
        var handlerA = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var handlerB = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var configuration = Configuration();
        var services = new ServiceCollection();
        var builderA = services.AddJdAfterSales("brand-a", configuration.GetSection("JdAfterSales:BrandA")).ConfigurePrimaryHttpMessageHandler(() => handlerA);
        services.AddJdAfterSales("brand-b", configuration.GetSection("JdAfterSales:BrandB")).ConfigurePrimaryHttpMessageHandler(() => handlerB);
        services.AddKeyedSingleton<IJdAccessTokenProvider>("brand-b", new JdFixedAccessTokenProvider("token-of-brand-b-000002"));
        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var brandA = provider.GetRequiredKeyedService<JdClient>("brand-a");
        var brandB = provider.GetRequiredKeyedService<JdClient>("brand-b");
        await brandA.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);
        await brandB.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);

        Assert.NotSame(brandA, brandB);
        Assert.Same(brandB, provider.GetRequiredKeyedService<JdClient>("brand-b"));
        Assert.Null(provider.GetService<JdClient>());
        Assert.Equal("JdAfterSales:brand-a", builderA.Name);
        var sentA = Assert.Single(handlerA.Requests);
        var sentB = Assert.Single(handlerB.Requests);
        Assert.Equal("APPKEYBRANDA0001", sentA.Form["app_key"]);
        Assert.Equal("token-of-brand-a-000001", sentA.Form["access_token"]);
        Assert.Equal("APPKEYBRANDB0002", sentB.Form["app_key"]);
        Assert.Equal("token-of-brand-b-000002", sentB.Form["access_token"]);
        Assert.Equal(Md5Sign(sentB.Form, SecondSecret), sentB.Form["sign"]);
    }

    [Fact]
    public async Task A_named_client_with_bad_options_fails_at_start_up_naming_the_client_and_the_option()
    {
        var services = new ServiceCollection();
        services.AddJdAfterSales("brand-c", o => o.AppKey = "APPKEYBRANDC0003");
        await using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal("brand-c", error.OptionsName);
        Assert.Contains(error.Failures, f => f.StartsWith("JdClientOptions.AppSecret", StringComparison.Ordinal));
    }

    /// <summary>JD's MD5 sign, written out here: the secret, every other parameter as name + value in ordinal order, the secret.</summary>
    private static string Md5Sign(Dictionary<string, string> form, string secret)
    {
        var text = secret + string.Concat(form.Where(p => p.Key != "sign").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + p.Value)) + secret;
#pragma warning disable CA5351 // JD's protocol signs with MD5.
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(text)));
#pragma warning restore CA5351
    }

    [Fact]
    public void A_blank_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddJdAfterSales(" ", o => { }));
    }
}
