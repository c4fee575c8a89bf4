using JdAfterSales.Gateway;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests;

public sealed class OptionsValidationTests
{
    public static TheoryData<string, Action<JdClientOptions>> BadOptions => new()
    {
        { "JdClientOptions.AppKey", o => o.AppKey = "" },
        { "JdClientOptions.AppKey", o => o.AppKey = "has space" },
        { "JdClientOptions.AppSecret", o => o.AppSecret = " " },
        { "JdClientOptions.Gateway", o => o.Gateway = new Uri("/routerjson", UriKind.Relative) },
        { "JdClientOptions.Gateway", o => o.Gateway = new Uri("ftp://api.jd.com/routerjson") },
        { "JdClientOptions.Gateway", o => o.Gateway = null! },
        { "JdClientOptions.Timeout", o => o.Timeout = TimeSpan.Zero },
        { "JdClientOptions.Timeout", o => o.Timeout = TimeSpan.FromSeconds(-1) },
        { "JdClientOptions.Timeout", o => o.Timeout = Timeout.InfiniteTimeSpan },
        { "JdClientOptions.SignMethod", o => o.SignMethod = (JdSignMethod)42 },
        { "JdClientOptions.MaxResponseBytes", o => o.MaxResponseBytes = 0 },
        { "JdClientOptions.MaxJsonDepth", o => o.MaxJsonDepth = 1 },
        { "JdClientOptions.AccessToken", o => o.AccessToken = "tok en" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Building_a_client_with_a_bad_option_names_it(string option, Action<JdClientOptions> spoil)
    {
        var options = TestClients.Options();
        spoil(options);

        var error = Assert.Throws<JdValidationException>(() => new JdClient(new HttpClient(), options));

        Assert.Equal(option, error.Field);
        Assert.StartsWith(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_production_md5_and_a_finite_timeout()
    {
        var options = new JdClientOptions();
        Assert.Equal(new Uri("https://api.jd.com/routerjson"), options.Gateway);
        Assert.Equal(JdSignMethod.Md5, options.SignMethod);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
    }

    [Fact]
    public void All_problems_are_listed_at_once()
    {
        var errors = new JdClientOptions { Timeout = TimeSpan.Zero }.GetErrors();
        Assert.Equal(["JdClientOptions.AppKey", "JdClientOptions.AppSecret", "JdClientOptions.Timeout"], errors.Select(e => e.Key));
    }

    [Fact]
    public async Task Options_are_frozen_once_the_client_exists()
    {
        var handler = StubHandler.Json("""{"jingdong_x_responce":{"code":"0"}}""");
        var options = TestClients.Options();
        var client = TestClients.Create(handler, options);
        options.AppKey = "CHANGED";
        options.Gateway = new Uri("https://elsewhere.test/");

        await client.InvokeRawAsync("jingdong.x", null, JdOperationKind.Read);

        var sent = Assert.Single(handler.Requests);
        Assert.Equal(TestClients.AppKey, sent.Form["app_key"]);
        Assert.Equal("gateway.test", sent.Uri.Host);
    }

    [Theory]
    [InlineData("")]
    [InlineData("jingdong asc")]
    [InlineData("jingdong.asc/query")]
    public async Task Raw_calls_refuse_a_malformed_method_before_sending(string method)
    {
        var handler = StubHandler.Json("{}");
        var client = TestClients.Create(handler);
        var error = await Assert.ThrowsAsync<JdValidationException>(() => client.InvokeRawAsync(method, null, JdOperationKind.Read));
        Assert.Equal("method", error.Field);
        Assert.Empty(handler.Requests);
    }
}
