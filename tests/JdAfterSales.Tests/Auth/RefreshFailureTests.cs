using JdAfterSales.Auth;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace JdAfterSales.Tests.Auth;

/// <summary>How the token provider behaves when refreshing fails or JD's answer is implausible (issue 13).</summary>
public sealed class RefreshFailureTests
{
    private const string Refused = """{"code":402,"msg":"refresh_token is invalid or expired","requestId":"b1c2d3e4"}""";

    private static async Task<JdInMemoryTokenStore> ExpiredStore(string access = "expired")
    {
        var store = new JdInMemoryTokenStore();
        await store.SetAsync("shop-1", AuthFakes.Tokens(access, AuthFakes.Now.AddMinutes(-1)), default);
        return store;
    }

    private static JdOAuthTokenProvider Provider(AuthFakes fakes, IJdTokenStore store, FakeLogCollector? logs = null)
    {
        var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs ?? new FakeLogCollector())));
        return new JdOAuthTokenProvider(fakes.OAuthClient(), store, new JdOAuthTokenProviderOptions { DefaultShopId = "shop-1" }, fakes.Time, loggerFactory);
    }

    private static Task<string?> Token(JdOAuthTokenProvider provider) => provider.GetAccessTokenAsync("shop-1", default).AsTask();

    [Fact]
    public async Task After_a_failed_refresh_calls_fail_with_the_same_error_without_asking_jd_until_the_back_off_ends()
    {
        var fakes = new AuthFakes { OAuthError = Refused };
        var logs = new FakeLogCollector();
        var provider = Provider(fakes, await ExpiredStore(), logs);

        var first = await Assert.ThrowsAsync<JdAuthenticationException>(() => Token(provider));
        for (var i = 0; i < 20; i++)
        {
            var again = await Assert.ThrowsAsync<JdAuthenticationException>(() => Token(provider));
            Assert.Same(first, again);
        }

        Assert.Equal("402", first.Code);
        Assert.Equal(1, fakes.Refreshes);
        Assert.Contains(logs.GetSnapshot(), r => r.Id.Id == 1011);

        // 5 s after the first failure one refresh is tried; it fails too, and the next wait is 10 s.
        fakes.Time.Advance(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<JdAuthenticationException>(() => Token(provider));
        Assert.Equal(2, fakes.Refreshes);
        fakes.Time.Advance(TimeSpan.FromSeconds(9));
        await Assert.ThrowsAsync<JdAuthenticationException>(() => Token(provider));
        Assert.Equal(2, fakes.Refreshes);
        fakes.Time.Advance(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<JdAuthenticationException>(() => Token(provider));
        Assert.Equal(3, fakes.Refreshes);

        // JD recovers: after the (now 20 s) wait the next call refreshes and succeeds, and the back-off is over.
        fakes.OAuthError = string.Empty;
        fakes.Time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal("token-4", await Token(provider));
        Assert.Equal(4, fakes.Refreshes);
    }

    [Fact]
    public async Task Back_off_grows_to_the_cap_and_stays_there()
    {
        var fakes = new AuthFakes { OAuthError = Refused };
        var provider = new JdOAuthTokenProvider(
            fakes.OAuthClient(),
            await ExpiredStore(),
            new JdOAuthTokenProviderOptions { DefaultShopId = "shop-1", RefreshRetryDelay = TimeSpan.FromSeconds(1), MaxRefreshRetryDelay = TimeSpan.FromSeconds(4) },
            fakes.Time);

        // Waits 1, 2, 4, 4, 4 s: stepping a second at a time, a refresh is tried only when each wait ends.
        var triedAt = new List<int>();
        for (var second = 0; second <= 16; second++)
        {
            var before = fakes.Refreshes;
            await Assert.ThrowsAsync<JdAuthenticationException>(() => Token(provider));
            if (fakes.Refreshes > before)
            {
                triedAt.Add(second);
            }

            fakes.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal([0, 1, 3, 7, 11, 15], triedAt);
    }

    [Fact]
    public async Task A_hanging_oauth_server_costs_one_timeout_then_calls_fail_fast_while_backing_off()
    {
        var fakes = new AuthFakes { HoldRefresh = _ => new TaskCompletionSource().Task };
        var provider = Provider(fakes, await ExpiredStore());

        var first = Token(provider);
        await FakeTimePump.RunAsync(fakes.Time, first, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(40));
        var timeout = await Assert.ThrowsAsync<JdTimeoutException>(() => first);

        for (var i = 0; i < 10; i++)
        {
            var call = Token(provider);
            Assert.True(call.IsCompleted, "a call during the back-off must not wait for JD");
            Assert.Same(timeout, await Assert.ThrowsAsync<JdTimeoutException>(() => call));
        }

        Assert.Equal(1, fakes.Refreshes);
    }

    [Fact]
    public async Task New_tokens_in_the_store_end_the_back_off_at_once()
    {
        var fakes = new AuthFakes { OAuthError = Refused };
        var store = await ExpiredStore();
        var provider = Provider(fakes, store);
        await Assert.ThrowsAsync<JdAuthenticationException>(() => Token(provider));

        // The shop authorized again elsewhere (new, already due tokens): they are refreshed without waiting.
        await store.SetAsync("shop-1", AuthFakes.Tokens("reauthorized", AuthFakes.Now.AddMinutes(-1)), default);
        fakes.OAuthError = string.Empty;
        Assert.Equal("token-2", await Token(provider));
        Assert.Equal(2, fakes.Refreshes);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-86400")]
    [InlineData("60")]
    [InlineData("3600")]
    [InlineData("\"0\"")]
    public async Task An_implausibly_short_lifetime_is_used_for_a_few_minutes_instead_of_refreshing_on_every_call(string expiresIn)
    {
        var fakes = new AuthFakes { ExpiresInJson = expiresIn };
        var logs = new FakeLogCollector();
        var store = await ExpiredStore();
        var provider = Provider(fakes, store, logs);

        Assert.Equal("token-1", await Token(provider));
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("token-1", await Token(provider));
        }

        Assert.Equal(1, fakes.Refreshes);
        var expected = AuthFakes.Now + new JdOAuthTokenProviderOptions().RefreshMargin + JdOAuthTokenProvider.MinimumUsableLifetime;
        Assert.Equal(expected, (await store.GetAsync("shop-1", default))!.ExpiresAt);
        Assert.Contains(logs.GetSnapshot(), r => r.Id.Id == 1009);

        // Once those minutes are over, the token is due again and refreshed once.
        fakes.Time.Advance(JdOAuthTokenProvider.MinimumUsableLifetime);
        Assert.Equal("token-2", await Token(provider));
        Assert.Equal(2, fakes.Refreshes);
    }

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("1e300")]
    [InlineData("315360000000")]
    public async Task A_huge_expires_in_is_stored_bounded_instead_of_losing_the_pair_jd_issued(string expiresIn)
    {
        var fakes = new AuthFakes { ExpiresInJson = expiresIn, SingleUseRefreshTokens = true };
        var store = await ExpiredStore();
        var provider = Provider(fakes, store);

        Assert.Equal("token-1", await Token(provider));

        var stored = (await store.GetAsync("shop-1", default))!;
        Assert.Equal("token-1", stored.AccessToken);
        Assert.Equal("refresh-1", stored.RefreshToken);
        Assert.Equal(AuthFakes.Now + JdOAuthTokenProvider.MaxTokenLifetime, stored.ExpiresAt);
    }

    [Theory]
    [InlineData(3 * 24 * 3600 * 1000L)]
    [InlineData(-2 * 24 * 3600 * 1000L)]
    public async Task A_server_time_far_from_the_local_clock_is_ignored_and_the_lifetime_counts_from_now(long offsetMs)
    {
        var fakes = new AuthFakes();
        fakes.TimeJson = (AuthFakes.Now.ToUnixTimeMilliseconds() + offsetMs).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var logs = new FakeLogCollector();
        var store = await ExpiredStore();
        var provider = Provider(fakes, store, logs);

        Assert.Equal("token-1", await Token(provider));
        Assert.Equal("token-1", await Token(provider));

        Assert.Equal(1, fakes.Refreshes);
        Assert.Equal(AuthFakes.Now.AddDays(1), (await store.GetAsync("shop-1", default))!.ExpiresAt);
        Assert.Contains(logs.GetSnapshot(), r => r.Id.Id == 1010);
    }

    [Theory]
    [InlineData("253402300800000")]
    [InlineData("-62135596800001")]
    [InlineData("\"9999-12-31 23:59:59\"")]
    [InlineData("\"not a time\"")]
    [InlineData("{}")]
    public async Task An_unreadable_or_out_of_range_server_time_does_not_lose_the_pair(string time)
    {
        var fakes = new AuthFakes { TimeJson = time, SingleUseRefreshTokens = true };
        var store = await ExpiredStore();
        var provider = Provider(fakes, store);

        Assert.Equal("token-1", await Token(provider));
        Assert.Equal(AuthFakes.Now.AddDays(1), (await store.GetAsync("shop-1", default))!.ExpiresAt);
    }

    [Fact]
    public async Task No_log_line_of_a_bounded_or_failed_refresh_holds_a_token()
    {
        var logs = new FakeLogCollector();
        var fakes = new AuthFakes { ExpiresInJson = "0", TimeJson = "253402300799999" };
        var provider = Provider(fakes, await ExpiredStore(), logs);
        await Token(provider);
        fakes.OAuthError = Refused;
        fakes.Time.Advance(TimeSpan.FromHours(2));
        await Assert.ThrowsAsync<JdAuthenticationException>(() => Token(provider));
        await Assert.ThrowsAsync<JdAuthenticationException>(() => Token(provider));

        Assert.NotEmpty(logs.GetSnapshot());
        foreach (var record in logs.GetSnapshot())
        {
            Assert.DoesNotContain("token-1", record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("refresh-", record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(TestClients.AppSecret, record.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_refusal_that_comes_before_the_winning_instance_stored_its_tokens_waits_and_uses_them()
    {
        // A asks JD first and is answered, but its write to the shared store is slow; B's refresh of the same
        // refresh token is refused meanwhile. B must wait for A's tokens instead of failing its calls.
        var fakes = new AuthFakes { SingleUseRefreshTokens = true };
        var shared = await ExpiredStore();
        var slowWrite = new TaskCompletionSource();
        var storeOfA = new SlowWriteStore(shared, slowWrite.Task);
        var storeOfB = new ReadCountingStore(shared);
        var instanceA = Provider(fakes, new UncoordinatedStore(storeOfA));
        var instanceB = Provider(fakes, new UncoordinatedStore(storeOfB));

        var tokenA = Token(instanceA);
        await storeOfA.WriteStarted.Task;
        var tokenB = Token(instanceB);

        // B's reads: the call's, the one before refreshing, and the first after JD refused it (A's write still waits).
        await storeOfB.Read(3);
        slowWrite.SetResult();
        Assert.Equal("token-1", await tokenA);
        await FakeTimePump.RunAsync(fakes.Time, tokenB, TimeSpan.FromMilliseconds(100), JdOAuthTokenProvider.SupersedingTokensWait);
        Assert.Equal("token-1", await tokenB);
        Assert.Equal(2, fakes.Refreshes);
    }

    [Fact]
    public async Task A_refusal_with_no_newer_tokens_after_the_bounded_wait_fails_typed()
    {
        var fakes = new AuthFakes { OAuthError = Refused };
        var provider = Provider(fakes, new UncoordinatedStore(await ExpiredStore()));

        var call = Token(provider);
        var waited = await FakeTimePump.RunAsync(fakes.Time, call, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10));
        Assert.Equal("402", (await Assert.ThrowsAsync<JdAuthenticationException>(() => call)).Code);
        Assert.True(waited <= JdOAuthTokenProvider.SupersedingTokensWait + TimeSpan.FromMilliseconds(100), $"waited {waited} of fake time");
    }
}
