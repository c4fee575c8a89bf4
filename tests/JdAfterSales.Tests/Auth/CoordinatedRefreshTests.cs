using JdAfterSales.Auth;
using JdAfterSales.Orders;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace JdAfterSales.Tests.Auth;

/// <summary>Refreshes under a store's refresh lease (<see cref="IJdCoordinatedTokenStore"/>), in one process.</summary>
public sealed class CoordinatedRefreshTests
{
    private static Task<OrderInfo> Read(JdClient client) => client.Orders.GetAsync(new GetOrderRequest { OrderId = 300000000001L, Fields = [OrderField.OrderId] });

    [Fact]
    public async Task Two_providers_sharing_a_store_with_leases_refresh_once_for_two_hundred_calls()
    {
        var fakes = new AuthFakes { RefreshGate = new TaskCompletionSource(), SingleUseRefreshTokens = true };
        var store = new JdInMemoryTokenStore(fakes.Time);
        await store.SetAsync("shop-1", AuthFakes.Tokens("expired", AuthFakes.Now.AddMinutes(-1)), default);
        var clientA = fakes.Client(fakes.Provider(store));
        var clientB = fakes.Client(fakes.Provider(store));

        var calls = Enumerable.Range(0, 100).SelectMany(_ => new[] { Read(clientA), Read(clientB) }).ToArray();
        fakes.RefreshGate.SetResult();
        await FakeTimePump.RunAsync(fakes.Time, Task.WhenAll(calls), TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(30));

        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(200, fakes.GatewayCalls);
        Assert.All(fakes.TokensSeenByGateway, t => Assert.Equal("token-1", t));
    }

    [Fact]
    public async Task A_holder_whose_lease_expired_cannot_overwrite_the_tokens_a_later_holder_stored()
    {
        var fakes = new AuthFakes();
        var store = new JdInMemoryTokenStore(fakes.Time);
        await store.SetAsync("shop-1", AuthFakes.Tokens("old", AuthFakes.Now), default);

        var late = (await store.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(30), default))!;
        Assert.Null(await store.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(30), default));
        fakes.Time.Advance(TimeSpan.FromSeconds(31));
        var current = (await store.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(30), default))!;
        Assert.True(current.Fence > late.Fence);

        Assert.True(await current.TrySetAsync(AuthFakes.Tokens("newer", AuthFakes.Now.AddDays(1)), default));
        Assert.False(await late.TrySetAsync(AuthFakes.Tokens("stale", AuthFakes.Now.AddDays(1)), default));
        Assert.Equal("newer", (await store.GetAsync("shop-1", default))!.AccessToken);

        // Releasing the expired lease leaves the current holder's alone.
        await late.DisposeAsync();
        Assert.Null(await store.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(30), default));
        await current.DisposeAsync();
        Assert.NotNull(await store.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromSeconds(30), default));
    }

    [Fact]
    public async Task A_new_authorization_outranks_a_lease_granted_before_it()
    {
        var store = new JdInMemoryTokenStore();
        var lease = (await store.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromMinutes(1), default))!;
        await store.SetAsync("shop-1", AuthFakes.Tokens("authorized", AuthFakes.Now.AddDays(1)), default);

        Assert.False(await lease.TrySetAsync(AuthFakes.Tokens("from-an-old-refresh", AuthFakes.Now.AddDays(1)), default));
        Assert.Equal("authorized", (await store.GetAsync("shop-1", default))!.AccessToken);
    }

    [Fact]
    public async Task An_instance_that_finds_the_lease_taken_waits_for_the_holders_tokens_then_takes_a_lease_left_by_a_dead_holder()
    {
        var fakes = new AuthFakes();
        var store = new JdInMemoryTokenStore(fakes.Time);
        await store.SetAsync("shop-1", AuthFakes.Tokens("expired", AuthFakes.Now.AddMinutes(-1)), default);

        // A "dead" instance took the lease and will never store or release anything.
        Assert.NotNull(await store.TryAcquireRefreshLeaseAsync("shop-1", TimeSpan.FromMinutes(1), default));
        var provider = fakes.Provider(store);
        var call = provider.GetAccessTokenAsync("shop-1", default).AsTask();
        var waited = await FakeTimePump.RunAsync(fakes.Time, call, TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(2));

        Assert.Equal("token-1", await call);
        Assert.Equal(1, fakes.Refreshes);
        Assert.InRange(waited, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task When_the_store_cannot_grant_the_lease_the_refresh_runs_under_the_process_lock_and_is_logged()
    {
        var fakes = new AuthFakes { RefreshGate = new TaskCompletionSource() };
        var logs = new FakeLogCollector();
        var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));
        var store = new LeaseFailingStore(new JdInMemoryTokenStore(fakes.Time));
        await store.SetAsync("shop-1", AuthFakes.Tokens("expired", AuthFakes.Now.AddMinutes(-1)), default);
        var provider = new JdOAuthTokenProvider(fakes.OAuthClient(), store, new JdOAuthTokenProviderOptions { DefaultShopId = "shop-1" }, fakes.Time, loggerFactory);
        var client = fakes.Client(provider);

        var calls = Enumerable.Range(0, 50).Select(_ => Read(client)).ToArray();
        fakes.RefreshGate.SetResult();
        await Task.WhenAll(calls);

        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(1, store.LeaseRequests);
        Assert.Contains(logs.GetSnapshot(), r => r.Id.Id == 1012);
    }

    private sealed class LeaseFailingStore(IJdTokenStore inner) : IJdCoordinatedTokenStore
    {
        private int _leaseRequests;

        public int LeaseRequests => Volatile.Read(ref _leaseRequests);

        public ValueTask<JdTokenSet?> GetAsync(string shopId, CancellationToken cancellationToken) => inner.GetAsync(shopId, cancellationToken);

        public ValueTask SetAsync(string shopId, JdTokenSet tokens, CancellationToken cancellationToken) => inner.SetAsync(shopId, tokens, cancellationToken);

        public ValueTask RemoveAsync(string shopId, CancellationToken cancellationToken) => inner.RemoveAsync(shopId, cancellationToken);

        public ValueTask<IJdTokenRefreshLease?> TryAcquireRefreshLeaseAsync(string shopId, TimeSpan duration, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _leaseRequests);
            throw new JdCoordinationException("Redis is down (test).");
        }
    }
}
