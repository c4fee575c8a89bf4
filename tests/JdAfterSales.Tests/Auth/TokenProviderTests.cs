using JdAfterSales.Auth;
using JdAfterSales.Orders;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace JdAfterSales.Tests.Auth;

public sealed class TokenProviderTests
{
    private static Task<OrderInfo> Read(JdClient client, string? shop = null) =>
        (shop is null ? client : client.ForShop(shop)).Orders.GetAsync(new GetOrderRequest { OrderId = 300000000001L, Fields = [OrderField.OrderId] });

    [Fact]
    public async Task A_fresh_token_is_used_without_refreshing()
    {
        var fakes = new AuthFakes();
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("current", AuthFakes.Now.AddHours(2)), default);
        await Read(fakes.Client(fakes.Provider(store)));
        Assert.Equal(0, fakes.Refreshes);
        Assert.Equal(["current"], fakes.TokensSeenByGateway);
    }

    [Fact]
    public async Task A_token_inside_the_margin_is_refreshed_ahead_of_expiry_and_stored()
    {
        var fakes = new AuthFakes();
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("old", AuthFakes.Now.AddMinutes(59)), default);
        await Read(fakes.Client(fakes.Provider(store)));

        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(["token-1"], fakes.TokensSeenByGateway);
        var stored = await store.GetAsync("shop-1", default);
        Assert.Equal("token-1", stored!.AccessToken);
        Assert.Equal("refresh-1", stored.RefreshToken);
        Assert.Equal(AuthFakes.Now.AddDays(1), stored.ExpiresAt);
        var query = FormDecoding.Decode(fakes.Handler.Requests[0].Uri.Query.TrimStart('?'));
        Assert.Equal("refresh-old", query["refresh_token"]);
    }

    [Fact]
    public async Task Two_hundred_concurrent_calls_for_an_expired_shop_cause_exactly_one_refresh()
    {
        var fakes = new AuthFakes { RefreshGate = new TaskCompletionSource() };
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("expired", AuthFakes.Now.AddMinutes(-5)), default);
        var client = fakes.Client(fakes.Provider(store));

        var calls = Enumerable.Range(0, 200).Select(_ => Read(client, "shop-1")).ToArray();
        fakes.RefreshGate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(200, fakes.GatewayCalls);
        Assert.All(fakes.TokensSeenByGateway, t => Assert.Equal("token-1", t));
    }

    [Fact]
    public async Task Shops_have_their_own_tokens()
    {
        var fakes = new AuthFakes();
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-a", AuthFakes.Tokens("a-token", AuthFakes.Now.AddDays(3)), default);
        await store.SetAsync("shop-b", AuthFakes.Tokens("b-token", AuthFakes.Now.AddDays(3)), default);
        var client = fakes.Client(fakes.Provider(store, defaultShop: null));
        await Read(client, "shop-b");
        await Read(client, "shop-a");
        Assert.Equal(["b-token", "a-token"], fakes.TokensSeenByGateway);
        var noShop = await Assert.ThrowsAsync<JdValidationException>(() => Read(client));
        Assert.Equal("JdCallOptions.ShopId", noShop.Field);
        var unknown = await Assert.ThrowsAsync<JdAuthenticationException>(() => Read(client, "shop-c"));
        Assert.Contains("shop-c", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Code_19_refreshes_once_and_retries_once()
    {
        var fakes = new AuthFakes { GatewayRefuses = t => t == "revoked" };
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("revoked", AuthFakes.Now.AddDays(3)), default);
        var order = await Read(fakes.Client(fakes.Provider(store)));

        Assert.Equal(300000000001L, order!.OrderId);
        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(["revoked", "token-1"], fakes.TokensSeenByGateway);
    }

    [Fact]
    public async Task Code_19_on_a_write_is_retried_once_too_because_jd_refused_it_before_running_it()
    {
        var fakes = new AuthFakes { GatewayRefuses = t => t == "revoked" };
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("revoked", AuthFakes.Now.AddDays(3)), default);
        await fakes.Client(fakes.Provider(store)).Orders.ModifyVenderRemarkAsync(new ModifyVenderRemarkRequest { OrderId = 1, Remark = "已处理", Flag = VenderRemarkColor.Red });
        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(["revoked", "token-1"], fakes.TokensSeenByGateway);
    }

    [Fact]
    public async Task A_second_19_surfaces_as_an_authentication_exception()
    {
        var fakes = new AuthFakes { GatewayRefuses = _ => true };
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("revoked", AuthFakes.Now.AddDays(3)), default);
        var error = await Assert.ThrowsAsync<JdAuthenticationException>(() => Read(fakes.Client(fakes.Provider(store))));

        Assert.Equal("19", error.Code);
        Assert.True(error.CanRefreshToken);
        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(2, fakes.GatewayCalls);
    }

    [Fact]
    public async Task The_renewal_after_19_spends_from_the_calls_retry_budget()
    {
        // 66, 66, 66, then 19: with three retries that is the fourth and last attempt, so the 19 surfaces.
        var fakes = new AuthFakes
        {
            GatewayRefuses = t => t == "revoked",
            GatewayScript = call => call <= 3 ? "error.backend-unavailable.json" : null,
        };
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("revoked", AuthFakes.Now.AddDays(3)), default);
        var client = fakes.Client(fakes.Provider(store), maxRetries: 3, systemClock: true);

        var error = await Assert.ThrowsAsync<JdAuthenticationException>(() => Read(client));

        Assert.Equal("19", error.Code);
        Assert.Equal(4, fakes.GatewayCalls);

        // The refused token was invalidated all the same (the provider refreshes as it invalidates): the next call
        // signs with the renewed token instead of failing again.
        Assert.NotNull(await Read(client));
        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(5, fakes.GatewayCalls);
        Assert.Equal("token-1", fakes.TokensSeenByGateway[^1]);
    }

    [Fact]
    public async Task With_no_retries_a_19_surfaces_and_the_next_call_renews_the_token()
    {
        var fakes = new AuthFakes { GatewayRefuses = t => t == "revoked" };
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("revoked", AuthFakes.Now.AddDays(3)), default);
        var client = fakes.Client(fakes.Provider(store), maxRetries: 0);

        await Assert.ThrowsAsync<JdAuthenticationException>(() => Read(client));
        Assert.Equal(1, fakes.GatewayCalls);

        Assert.NotNull(await Read(client));
        Assert.Equal(["revoked", "token-1"], fakes.TokensSeenByGateway);
    }

    [Fact]
    public async Task The_renewal_after_19_ends_at_the_calls_total_deadline()
    {
        var neverAnswered = new TaskCompletionSource();
        var fakes = new AuthFakes { GatewayRefuses = t => t == "revoked", HoldRefresh = _ => neverAnswered.Task };
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("revoked", AuthFakes.Now.AddDays(3)), default);
        var client = fakes.Client(fakes.Provider(store), maxRetries: 3, totalTimeout: TimeSpan.FromSeconds(3), systemClock: true);

        var call = Read(client);
        var finished = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(call, finished);
        await Assert.ThrowsAsync<JdTimeoutException>(() => call);
        Assert.Equal(1, fakes.GatewayCalls);
    }

    [Fact]
    public async Task Concurrent_19s_for_one_token_share_one_refresh()
    {
        var fakes = new AuthFakes { GatewayRefuses = t => t == "revoked", RefreshGate = new TaskCompletionSource() };
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("revoked", AuthFakes.Now.AddDays(3)), default);
        var client = fakes.Client(fakes.Provider(store));
        var calls = Enumerable.Range(0, 20).Select(_ => Read(client)).ToArray();
        fakes.RefreshGate.SetResult();
        await Task.WhenAll(calls);
        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(40, fakes.GatewayCalls);
    }

    [Fact]
    public async Task A_fixed_token_gets_no_retry_on_19()
    {
        var fakes = new AuthFakes { GatewayRefuses = _ => true };
        var client = fakes.Client(new JdFixedAccessTokenProvider("fixed-token"));
        var error = await Assert.ThrowsAsync<JdAuthenticationException>(() => Read(client));
        Assert.Equal("19", error.Code);
        Assert.Equal(1, fakes.GatewayCalls);
        Assert.Equal(0, fakes.Refreshes);
    }

    [Fact]
    public async Task A_refused_refresh_surfaces_to_every_waiter_as_one_request()
    {
        var fakes = new AuthFakes
        {
            RefreshGate = new TaskCompletionSource(),
            OAuthError = """{"code":402,"msg":"refresh_token is invalid or expired","requestId":"b1c2d3e4"}""",
        };
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("expired", AuthFakes.Now.AddMinutes(-1)), default);
        var client = fakes.Client(fakes.Provider(store));
        var calls = Enumerable.Range(0, 10).Select(_ => Read(client)).ToArray();
        fakes.RefreshGate.SetResult();
        foreach (var call in calls)
        {
            var error = await Assert.ThrowsAsync<JdAuthenticationException>(() => call);
            Assert.Equal("402", error.Code);
        }

        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(0, fakes.GatewayCalls);
    }

    [Fact]
    public async Task An_instance_whose_refresh_is_refused_because_another_instance_refreshed_first_uses_the_stored_tokens()
    {
        // Two providers over one store are two instances sharing a distributed cache. B finds the token due first and
        // asks JD, but A's refresh of the same refresh token is answered first; JD then refuses B's reused token.
        var bAsked = new TaskCompletionSource();
        var releaseB = new TaskCompletionSource();
        var fakes = new AuthFakes
        {
            SingleUseRefreshTokens = true,
            HoldRefresh = number =>
            {
                if (number != 1)
                {
                    return Task.CompletedTask;
                }

                bAsked.SetResult();
                return releaseB.Task;
            },
        };
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("expired", AuthFakes.Now.AddMinutes(-1)), default);
        var instanceA = fakes.Provider(new UncoordinatedStore(store));
        var instanceB = fakes.Provider(new UncoordinatedStore(store));

        var tokenB = instanceB.GetAccessTokenAsync("shop-1", default).AsTask();
        await bAsked.Task;
        Assert.Equal("token-2", await instanceA.GetAccessTokenAsync("shop-1", default));
        releaseB.SetResult();

        Assert.Equal("token-2", await tokenB);
        Assert.Equal(2, fakes.Refreshes);
        Assert.Equal("token-2", (await store.GetAsync("shop-1", default))!.AccessToken);
    }

    [Fact]
    public async Task A_refused_refresh_with_no_newer_tokens_in_the_store_still_fails()
    {
        var fakes = new AuthFakes { SingleUseRefreshTokens = true };
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens("expired", AuthFakes.Now.AddMinutes(-1)), default);
        var provider = fakes.Provider(store);
        Assert.Equal("token-1", await provider.GetAccessTokenAsync("shop-1", default));

        // The store is put back to the old tokens, whose refresh token JD has already consumed.
        await store.SetAsync("shop-1", AuthFakes.Tokens("expired", AuthFakes.Now.AddMinutes(-1)), default);
        var error = await Assert.ThrowsAsync<JdAuthenticationException>(() => provider.GetAccessTokenAsync("shop-1", default).AsTask());
        Assert.Equal("402", error.Code);
    }

    [Fact]
    public async Task Authorize_exchanges_the_code_and_stores_the_tokens()
    {
        var fakes = new AuthFakes();
        var provider = fakes.Provider(new JdInMemoryTokenStore());
        var tokens = await provider.AuthorizeAsync("shop-9", "callback-code");
        Assert.Equal("token-1", tokens.AccessToken);
        Assert.Equal("token-1", await provider.GetAccessTokenAsync("shop-9", default));
        Assert.Contains("oauth2/access_token", fakes.Handler.Requests[0].Uri.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("token-1", provider.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_clients_sharing_a_distributed_cache_refresh_once()
    {
        var fakes = new AuthFakes { RefreshGate = new TaskCompletionSource() };
        var cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var storeA = new JdDistributedCacheTokenStore(cache);
        var storeB = new JdDistributedCacheTokenStore(cache);
        await storeA.SetAsync("shop-1", AuthFakes.Tokens("expired", AuthFakes.Now.AddMinutes(-1)), default);
        var clientA = fakes.Client(fakes.Provider(storeA));
        var clientB = fakes.Client(fakes.Provider(storeB));

        var first = Enumerable.Range(0, 50).Select(_ => Read(clientA)).ToArray();
        fakes.RefreshGate.SetResult();
        await Task.WhenAll(first);
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Read(clientB)));

        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(100, fakes.GatewayCalls);
        Assert.All(fakes.TokensSeenByGateway, t => Assert.Equal("token-1", t));
        var stored = await storeB.GetAsync("shop-1", default);
        Assert.Equal("token-1", stored!.AccessToken);
        Assert.Equal(AuthFakes.Now.AddDays(1), stored.ExpiresAt);
        var raw = System.Text.Encoding.UTF8.GetString((await cache.GetAsync(JdDistributedCacheTokenStore.DefaultKeyPrefix + "shop-1"))!);
        Assert.Contains("\"accessToken\":\"token-1\"", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Distributed_store_round_trips_and_removes()
    {
        var cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var store = new JdDistributedCacheTokenStore(cache, "app1:");
        Assert.Null(await store.GetAsync("s", default));
        var expires = new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.FromHours(8));
        await store.SetAsync("s", AuthFakes.Tokens("abc", expires), default);
        var read = await store.GetAsync("s", default);
        Assert.Equal("abc", read!.AccessToken);
        Assert.Equal("refresh-abc", read.RefreshToken);
        Assert.Equal(expires, read.ExpiresAt);
        Assert.NotNull(await cache.GetAsync("app1:s"));
        await store.RemoveAsync("s", default);
        Assert.Null(await store.GetAsync("s", default));
    }
}
