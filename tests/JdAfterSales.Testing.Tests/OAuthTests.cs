using System.Text.Json;
using JdAfterSales.Testing;

namespace JdAfterSales.Testing.Tests;

public sealed class OAuthTests
{
    [Fact]
    public async Task Code_exchange_refresh_and_expiry()
    {
        var (gateway, clock) = GatewayFixtures.Start(orderCount: 30);
        await using var _g = gateway;
        using var client = new JosTestClient(gateway);
        using var http = new HttpClient();
        var code = gateway.IssueAuthorizationCode();

        var issued = await GetJsonAsync(http, new Uri(gateway.BaseUri, $"oauth2/access_token?app_key={gateway.AppKey}&app_secret={gateway.AppSecret}&grant_type=authorization_code&code={code}"));
        Assert.Equal(0, issued.GetProperty("code").GetInt32());
        Assert.Equal(86400, issued.GetProperty("expires_in").GetInt32());
        var token = issued.GetProperty("access_token").GetString()!;
        Assert.Null(JosTestClient.ErrorCode(await CallWithTokenAsync(client, token)));

        var reused = await GetJsonAsync(http, new Uri(gateway.BaseUri, $"oauth2/access_token?app_key={gateway.AppKey}&app_secret={gateway.AppSecret}&grant_type=authorization_code&code={code}"));
        Assert.NotEqual(0, reused.GetProperty("code").GetInt32());

        using var refreshResponse = await http.PostAsync(new Uri(gateway.BaseUri, "oauth2/refresh_token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["app_key"] = gateway.AppKey, ["app_secret"] = gateway.AppSecret, ["grant_type"] = "refresh_token",
            ["refresh_token"] = issued.GetProperty("refresh_token").GetString()!,
        }));
        var refreshed = await JosTestClient.ReadJsonAsync(refreshResponse);
        var newToken = refreshed.GetProperty("access_token").GetString()!;
        Assert.NotEqual(token, newToken);
        Assert.Equal("19", JosTestClient.ErrorCode(await CallWithTokenAsync(client, token)));
        Assert.Null(JosTestClient.ErrorCode(await CallWithTokenAsync(client, newToken)));

        var invalid = await GetJsonAsync(http, new Uri(gateway.BaseUri, $"oauth2/refresh_token?app_key={gateway.AppKey}&app_secret={gateway.AppSecret}&grant_type=refresh_token&refresh_token=nope"));
        Assert.Equal(402, invalid.GetProperty("code").GetInt32());
        Assert.False(string.IsNullOrEmpty(invalid.GetProperty("msg").GetString()));

        clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal("19", JosTestClient.ErrorCode(await CallWithTokenAsync(client, newToken)));

        gateway.ExpireAccessToken(gateway.AccessToken);
        Assert.Equal("19", JosTestClient.ErrorCode(await CallWithTokenAsync(client, gateway.AccessToken)));
        Assert.Equal(4, gateway.OAuthRequestCount);

        var printed = gateway.Journal.ToString();
        Assert.DoesNotContain(gateway.AppSecret, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(code, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(newToken, printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Issued_tokens_live_as_long_as_the_options_say()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(GatewayFixtures.Anchor);
        await using var gateway = FakeJdGateway.Start(new FakeJdGatewayOptions { TimeProvider = clock, OrderCount = 30, OAuthTokenLifetime = TimeSpan.FromSeconds(8) });
        using var client = new JosTestClient(gateway);
        using var http = new HttpClient();

        var issued = await GetJsonAsync(http, new Uri(gateway.BaseUri, $"oauth2/access_token?app_key={gateway.AppKey}&app_secret={gateway.AppSecret}&grant_type=authorization_code&code={gateway.IssueAuthorizationCode()}"));
        Assert.Equal(8, issued.GetProperty("expires_in").GetInt32());
        var token = issued.GetProperty("access_token").GetString()!;

        clock.Advance(TimeSpan.FromSeconds(7));
        Assert.Null(JosTestClient.ErrorCode(await CallWithTokenAsync(client, token)));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("19", JosTestClient.ErrorCode(await CallWithTokenAsync(client, token)));
        Assert.Throws<ArgumentOutOfRangeException>(() => FakeJdGateway.Start(new FakeJdGatewayOptions { OAuthTokenLifetime = TimeSpan.Zero }));
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient http, Uri uri)
    {
        using var response = await http.GetAsync(uri);
        return await JosTestClient.ReadJsonAsync(response);
    }

    private static async Task<JsonElement> CallWithTokenAsync(JosTestClient client, string token)
    {
        var parameters = client.Parameters("jingdong.pop.afs.soa.refundapply.getWaitRefundNum", "{}");
        parameters["access_token"] = token;
        parameters["sign"] = JosTestClient.Sign(parameters, client.Gateway.AppSecret);
        using var response = await client.PostAsync(parameters);
        return await JosTestClient.ReadJsonAsync(response);
    }
}
