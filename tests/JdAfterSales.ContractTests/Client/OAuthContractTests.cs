using JdAfterSales.Auth;
using JdAfterSales.Orders;

namespace JdAfterSales.ContractTests.Client;

/// <summary>The OAuth client and the token provider against the fake gateway's OAuth endpoints.</summary>
public sealed class OAuthContractTests
{
    private static JdOAuthClient OAuth(ClientFixture fixture) =>
        new(fixture.Http, new JdOAuthOptions { AppKey = fixture.Gateway.AppKey, AppSecret = fixture.Gateway.AppSecret, BaseUri = fixture.Gateway.BaseUri }, fixture.Clock);

    [Fact]
    public async Task A_code_exchanged_for_tokens_works_at_the_gateway_and_refreshes()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var oauth = OAuth(fixture);

        var token = await oauth.ExchangeCodeAsync(fixture.Gateway.IssueAuthorizationCode());
        var refreshed = await oauth.RefreshAsync(token.RefreshToken!);

        Assert.NotEqual(token.AccessToken, refreshed.AccessToken);
        Assert.InRange(refreshed.ExpiresAt, fixture.Clock.GetUtcNow().AddSeconds(86399), fixture.Clock.GetUtcNow().AddSeconds(86401));
        var client = fixture.Client(o => o.AccessToken = refreshed.AccessToken);
        Assert.NotNull(await client.Orders.GetAsync(new GetOrderRequest { OrderId = fixture.Gateway.Data.Orders[0].OrderId, Fields = [OrderField.OrderId] }));
        var stale = fixture.Client(o => o.AccessToken = token.AccessToken);
        Assert.Equal("19", (await Assert.ThrowsAsync<JdAuthenticationException>(() => stale.Orders.GetAsync(new GetOrderRequest { OrderId = fixture.Gateway.Data.Orders[0].OrderId }))).Code);
    }

    [Fact]
    public async Task A_used_code_and_a_bad_refresh_token_are_authentication_errors()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var oauth = OAuth(fixture);
        var code = fixture.Gateway.IssueAuthorizationCode();
        await oauth.ExchangeCodeAsync(code);

        await Assert.ThrowsAsync<JdAuthenticationException>(() => oauth.ExchangeCodeAsync(code));
        var error = await Assert.ThrowsAsync<JdAuthenticationException>(() => oauth.RefreshAsync("no-such-refresh-token"));
        Assert.DoesNotContain(fixture.Gateway.AppSecret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_the_gateway_expired_is_refreshed_once_and_the_call_goes_through()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var provider = new JdOAuthTokenProvider(OAuth(fixture), timeProvider: fixture.Clock);
        var tokens = await provider.AuthorizeAsync("shop-1", fixture.Gateway.IssueAuthorizationCode());
        // One retry: the resend with the renewed token is one of the call's retries.
        var client = new JdClient(fixture.Http, fixture.Options(o => { o.AccessToken = null; o.Retry.MaxRetries = 1; }), provider, fixture.Clock).ForShop("shop-1");
        fixture.Gateway.ExpireAccessToken(tokens.AccessToken);
        var before = fixture.Gateway.OAuthRequestCount;

        var order = await client.Orders.GetAsync(new GetOrderRequest { OrderId = fixture.Gateway.Data.Orders[1].OrderId, Fields = [OrderField.OrderId] });

        Assert.NotNull(order);
        Assert.Equal(before + 1, fixture.Gateway.OAuthRequestCount);
        Assert.NotEqual(tokens.AccessToken, (await provider.Store.GetAsync("shop-1", default))!.AccessToken);
    }

    [Fact]
    public async Task A_refresh_the_oauth_server_refuses_is_not_repeated_by_later_calls_while_backing_off()
    {
        await using var fixture = ClientFixture.Start(orderCount: 20);
        var store = new JdInMemoryTokenStore(fixture.Clock);
        await store.SetAsync("shop-1", new JdTokenSet { AccessToken = "expired", RefreshToken = "revoked-refresh-token", ExpiresAt = fixture.Clock.GetUtcNow().AddMinutes(-1) }, default);
        var provider = new JdOAuthTokenProvider(OAuth(fixture), store, timeProvider: fixture.Clock);
        var client = new JdClient(fixture.Http, fixture.Options(o => o.AccessToken = null), provider, fixture.Clock).ForShop("shop-1");
        var orderId = fixture.Gateway.Data.Orders[0].OrderId;

        var first = await Assert.ThrowsAsync<JdAuthenticationException>(() => client.Orders.GetAsync(new GetOrderRequest { OrderId = orderId }));
        for (var i = 0; i < 10; i++)
        {
            Assert.Same(first, await Assert.ThrowsAsync<JdAuthenticationException>(() => client.Orders.GetAsync(new GetOrderRequest { OrderId = orderId })));
        }

        Assert.Equal("402", first.Code);
        Assert.Equal(1, fixture.Gateway.OAuthRequestCount);
        fixture.Clock.Advance(new JdOAuthTokenProviderOptions().RefreshRetryDelay);
        await Assert.ThrowsAsync<JdAuthenticationException>(() => client.Orders.GetAsync(new GetOrderRequest { OrderId = orderId }));
        Assert.Equal(2, fixture.Gateway.OAuthRequestCount);
    }
}
