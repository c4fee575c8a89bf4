using System.Collections.Concurrent;
using JdAfterSales.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace JdAfterSales.Auth;

/// <summary>
/// Access tokens managed through JD's OAuth: read per shop from an <see cref="IJdTokenStore"/>, refreshed
/// <see cref="JdOAuthTokenProviderOptions.RefreshMargin"/> before they expire, and replaced once when JD refuses
/// one with gateway code 19.
/// </summary>
/// <remarks>
/// <para>
/// What is guaranteed: within one provider, at most one refresh per shop runs at a time, and every call that
/// needs a new token while it runs waits for that one refresh (200 concurrent calls, one refresh request). Before
/// refreshing, the provider reads the store again; when the token there is no longer due (or, after a code 19, no
/// longer the refused one) it is used as it is, so a refresh made by another instance that shares the store is
/// picked up instead of repeated.
/// </para>
/// <para>
/// Across processes: when the store is an <see cref="IJdCoordinatedTokenStore"/> (the in-memory store, the Redis
/// store of <c>JdAfterSales.Redis</c>), the refresh runs under the shop's refresh lease, so exactly one instance
/// asks JD and the others wait for the tokens it stores (up to twice
/// <see cref="JdOAuthTokenProviderOptions.RefreshLeaseDuration"/>); its fenced write cannot overwrite newer tokens.
/// When the store cannot grant the lease (<see cref="JdCoordinationException"/>, log event 1012) the provider
/// refreshes under its process-local lock as with any other store. A plain <see cref="IJdTokenStore"/> (such as
/// <see cref="JdDistributedCacheTokenStore"/>: <c>IDistributedCache</c> has no atomic lock) lets instances that find
/// the same token due at the same moment each refresh it; the one JD refuses re-reads the store for up to two
/// seconds for the winner's tokens before it fails.
/// </para>
/// <para>
/// Failures: after a failed refresh, calls that need a new token fail with that failure, without asking JD, until
/// <see cref="JdOAuthTokenProviderOptions.RefreshRetryDelay"/> (doubling per failure in a row) has passed. A
/// lifetime JD states that is not above the refresh margin, or over a year, and an issue time far from the local
/// clock are bounded and logged (events 1009, 1010), so they cannot make every call refresh.
/// </para>
/// </remarks>
public sealed class JdOAuthTokenProvider : IJdAccessTokenProvider, IJdAccessTokenInvalidation
{
    /// <summary>A server issue time further than this from the local clock is not trusted: the lifetime counts from now.</summary>
    internal static readonly TimeSpan MaxServerClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>How long a token whose stated lifetime is not above the refresh margin is used before the next refresh.</summary>
    internal static readonly TimeSpan MinimumUsableLifetime = TimeSpan.FromMinutes(5);

    /// <summary>The longest lifetime believed: JD's tokens live a day to a year.</summary>
    internal static readonly TimeSpan MaxTokenLifetime = TimeSpan.FromDays(366);

    /// <summary>
    /// How long a refresh JD refused waits for another instance to store the tokens it got with the same refresh
    /// token: JD answers that instance before it writes them, so the refusal can come first.
    /// </summary>
    internal static readonly TimeSpan SupersedingTokensWait = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan FirstStoreRereadDelay = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan FirstLeaseWaitDelay = TimeSpan.FromMilliseconds(50);

    private static readonly TimeSpan MaxLeaseWaitDelay = TimeSpan.FromSeconds(1);

    private readonly ILogger _logger;
    private readonly JdOAuthClient _oauthClient;
    private readonly TimeSpan _refreshMargin;
    private readonly TimeSpan _refreshRetryDelay;
    private readonly TimeSpan _maxRefreshRetryDelay;
    private readonly TimeSpan _refreshLeaseDuration;
    private readonly string? _defaultShopId;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<string, ShopRefresh> _refreshes = new(StringComparer.Ordinal);

    /// <summary>Creates a provider.</summary>
    /// <param name="oauthClient">The OAuth client that refreshes tokens.</param>
    /// <param name="store">Where tokens are kept; <c>null</c> for a new <see cref="JdInMemoryTokenStore"/>.</param>
    /// <param name="options">The refresh margin and default shop; <c>null</c> for the defaults.</param>
    /// <param name="timeProvider">The clock that decides when a token is due; <c>null</c> for the system clock.</param>
    /// <param name="loggerFactory">Where refreshes are logged (never the tokens); <c>null</c> for no logging.</param>
    /// <exception cref="JdValidationException">The refresh margin is negative, a refresh retry delay is not positive (or the maximum is below the first), or the lease duration is not positive.</exception>
    public JdOAuthTokenProvider(
        JdOAuthClient oauthClient,
        IJdTokenStore? store = null,
        JdOAuthTokenProviderOptions? options = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null)
    {
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("JdAfterSales.Auth.JdOAuthTokenProvider");
        ArgumentNullException.ThrowIfNull(oauthClient);
        options ??= new JdOAuthTokenProviderOptions();
        if (options.RefreshMargin < TimeSpan.Zero)
        {
            throw new JdValidationException($"{nameof(JdOAuthTokenProviderOptions)}.{nameof(JdOAuthTokenProviderOptions.RefreshMargin)}", "must not be negative.");
        }

        if (options.RefreshRetryDelay <= TimeSpan.Zero || options.RefreshRetryDelay == Timeout.InfiniteTimeSpan)
        {
            throw new JdValidationException($"{nameof(JdOAuthTokenProviderOptions)}.{nameof(JdOAuthTokenProviderOptions.RefreshRetryDelay)}", "must be positive and finite.");
        }

        if (options.MaxRefreshRetryDelay < options.RefreshRetryDelay || options.MaxRefreshRetryDelay > TimeSpan.FromDays(1))
        {
            throw new JdValidationException($"{nameof(JdOAuthTokenProviderOptions)}.{nameof(JdOAuthTokenProviderOptions.MaxRefreshRetryDelay)}", "must be at least RefreshRetryDelay and at most a day.");
        }

        if (options.RefreshLeaseDuration <= TimeSpan.Zero || options.RefreshLeaseDuration > TimeSpan.FromHours(1))
        {
            throw new JdValidationException($"{nameof(JdOAuthTokenProviderOptions)}.{nameof(JdOAuthTokenProviderOptions.RefreshLeaseDuration)}", "must be positive and at most an hour.");
        }

        _oauthClient = oauthClient;
        Store = store ?? new JdInMemoryTokenStore();
        _refreshMargin = options.RefreshMargin;
        _refreshRetryDelay = options.RefreshRetryDelay;
        _maxRefreshRetryDelay = options.MaxRefreshRetryDelay;
        _refreshLeaseDuration = options.RefreshLeaseDuration;
        _defaultShopId = options.DefaultShopId;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The store the tokens are kept in.</summary>
    public IJdTokenStore Store { get; }

    /// <summary>
    /// Completes a shop's authorization: exchanges the callback's code for tokens and stores them.
    /// Calls <c>oauth2/access_token</c>.
    /// </summary>
    /// <param name="shopId">The shop the tokens are for (the id your calls name in <see cref="JdCallOptions.ShopId"/>).</param>
    /// <param name="code">The <c>code</c> JD put on the authorization callback.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored tokens.</returns>
    /// <exception cref="JdAuthenticationException">JD refused the code.</exception>
    public async Task<JdTokenSet> AuthorizeAsync(string shopId, string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(shopId);
        var token = await _oauthClient.ExchangeCodeAsync(code, cancellationToken).ConfigureAwait(false);
        var (tokens, bounds) = Bounded(token, previous: null);
        await Store.SetAsync(shopId, tokens, cancellationToken).ConfigureAwait(false);
        LogBounds(JdTelemetry.ShopHash(shopId), token, bounds);

        // A new authorization ends any back-off after failed refreshes of the old tokens.
        if (_refreshes.TryGetValue(shopId, out var state))
        {
            state.Succeeded();
        }

        return tokens;
    }

    /// <inheritdoc />
    /// <exception cref="JdValidationException">No shop is named and no default shop is set.</exception>
    /// <exception cref="JdAuthenticationException">The shop has no tokens, or its refresh failed: the shop must authorize the app again.</exception>
    public async ValueTask<string?> GetAccessTokenAsync(string? shopId, CancellationToken cancellationToken)
    {
        var shop = ShopOf(shopId);
        var tokens = await Store.GetAsync(shop, cancellationToken).ConfigureAwait(false) ?? throw NotAuthorized(shop);
        if (!IsDue(tokens))
        {
            return tokens.AccessToken;
        }

        var refreshed = await RefreshOnceAsync(shop, rejectedAccessToken: null, cancellationToken).ConfigureAwait(false);
        return refreshed.AccessToken;
    }

    /// <inheritdoc />
    public async ValueTask InvalidateAsync(string? shopId, string rejectedAccessToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejectedAccessToken);
        var shop = ShopOf(shopId);
        var refreshed = await RefreshOnceAsync(shop, rejectedAccessToken, cancellationToken).ConfigureAwait(false);
        if (refreshed.AccessToken == rejectedAccessToken)
        {
            // Joined a refresh that found nothing to do before the token was refused: run one that replaces it.
            await RefreshOnceAsync(shop, rejectedAccessToken, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Describes the provider without revealing any token.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdOAuthTokenProvider (store {Store}, refresh margin {_refreshMargin})";

    private bool IsDue(JdTokenSet tokens) => _timeProvider.GetUtcNow() >= tokens.ExpiresAt - _refreshMargin;

    private string ShopOf(string? shopId) =>
        shopId ?? _defaultShopId ?? throw new JdValidationException(
            "JdCallOptions.ShopId",
            "is required: the OAuth token provider keeps one token per shop and has no DefaultShopId.");

    private static JdAuthenticationException NotAuthorized(string shop) =>
        new($"Shop {shop} has no stored tokens: send its owner to JdOAuthClient.BuildAuthorizationUri, then call AuthorizeAsync with the code.", "18");

    private static JdAuthenticationException NoRefreshToken(string shop) =>
        new($"Shop {shop}'s access token needs replacing but no refresh token is stored: the shop must authorize the app again.", "19");

    /// <summary>Joins the shop's running refresh, or starts one; every caller waits on the same task.</summary>
    private async Task<JdTokenSet> RefreshOnceAsync(string shop, string? rejectedAccessToken, CancellationToken cancellationToken)
    {
        var state = _refreshes.GetOrAdd(shop, static _ => new ShopRefresh());
        TaskCompletionSource<JdTokenSet>? started = null;
        Task<JdTokenSet> running;
        lock (state)
        {
            if (state.Running is null || state.Running.IsCompleted)
            {
                started = new TaskCompletionSource<JdTokenSet>(TaskCreationOptions.RunContinuationsAsynchronously);
                state.Running = started.Task;
            }

            running = state.Running;
        }

        if (started is not null)
        {
            // Not tied to this caller's token: other callers wait on the same refresh.
            _ = RunRefreshAsync(started, state, shop, rejectedAccessToken);
        }

        return await running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RunRefreshAsync(TaskCompletionSource<JdTokenSet> completion, ShopRefresh state, string shop, string? rejectedAccessToken)
    {
        try
        {
            completion.SetResult(await RefreshIfStillNeededAsync(state, shop, rejectedAccessToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            // Every failure goes to all the callers waiting on this refresh; the next call starts a new one.
            completion.SetException(ex);
        }
    }

    private async Task<JdTokenSet> RefreshIfStillNeededAsync(ShopRefresh state, string shop, string? rejectedAccessToken)
    {
        // Read again: another caller, or another instance sharing the store, may have refreshed meanwhile.
        var current = await Store.GetAsync(shop, CancellationToken.None).ConfigureAwait(false) ?? throw NotAuthorized(shop);
        if (!IsNeeded(current, rejectedAccessToken))
        {
            return current;
        }

        if (string.IsNullOrEmpty(current.RefreshToken))
        {
            throw NoRefreshToken(shop);
        }

        if (state.BackingOff(current.RefreshToken, _timeProvider.GetUtcNow()) is { } lastFailure)
        {
            // Rethrows the last failure as it was (same type, same message): JD is not asked again until the wait ends.
            return await lastFailure.ConfigureAwait(false);
        }

        return Store is IJdCoordinatedTokenStore coordinated
            ? await RefreshUnderLeaseAsync(coordinated, state, shop, current, rejectedAccessToken).ConfigureAwait(false)
            : await RefreshAndStoreAsync(state, shop, current, lease: null).ConfigureAwait(false);
    }

    /// <summary>
    /// Refreshes holding the shop's lease, or waits for the instance that holds it to store new tokens: polls the
    /// store with growing pauses on the clock, takes the lease itself once it is free (its holder finished without
    /// storing, or died and the lease expired), and gives up after twice the lease duration.
    /// </summary>
    private async Task<JdTokenSet> RefreshUnderLeaseAsync(IJdCoordinatedTokenStore store, ShopRefresh state, string shop, JdTokenSet current, string? rejectedAccessToken)
    {
        var started = _timeProvider.GetTimestamp();
        var shopHash = JdTelemetry.ShopHash(shop);
        var pause = FirstLeaseWaitDelay;
        while (true)
        {
            IJdTokenRefreshLease? lease;
            try
            {
                lease = await store.TryAcquireRefreshLeaseAsync(shop, _refreshLeaseDuration, CancellationToken.None).ConfigureAwait(false);
            }
            catch (JdCoordinationException ex)
            {
                JdLog.TokenRefreshLeaseUnavailable(_logger, shopHash, ex.Message);
                return await RefreshAndStoreAsync(state, shop, current, lease: null).ConfigureAwait(false);
            }

            if (lease is not null)
            {
                try
                {
                    // Read again under the lease: the previous holder may have stored new tokens just before releasing it.
                    var latest = await Store.GetAsync(shop, CancellationToken.None).ConfigureAwait(false) ?? throw NotAuthorized(shop);
                    if (!IsNeeded(latest, rejectedAccessToken))
                    {
                        return latest;
                    }

                    return string.IsNullOrEmpty(latest.RefreshToken)
                        ? throw NoRefreshToken(shop)
                        : await RefreshAndStoreAsync(state, shop, latest, lease).ConfigureAwait(false);
                }
                finally
                {
                    await ReleaseAsync(lease).ConfigureAwait(false);
                }
            }

            var waited = _timeProvider.GetElapsedTime(started);
            if (waited >= _refreshLeaseDuration + _refreshLeaseDuration)
            {
                throw new JdTimeoutException(
                    $"Shop {shop}'s token is being refreshed by another instance sharing the token store, which stored no new tokens within {waited.TotalSeconds:0.#} s.",
                    waited,
                    null);
            }

            await Task.Delay(pause, _timeProvider).ConfigureAwait(false);
            pause = pause + pause < MaxLeaseWaitDelay ? pause + pause : MaxLeaseWaitDelay;
            var seen = await Store.GetAsync(shop, CancellationToken.None).ConfigureAwait(false);
            if (seen is not null && !IsNeeded(seen, rejectedAccessToken))
            {
                state.Succeeded();
                var waitedMs = (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
                JdLog.TokenRefreshedByLeaseHolder(_logger, shopHash, waitedMs);
                return seen;
            }
        }
    }

    private static async ValueTask ReleaseAsync(IJdTokenRefreshLease lease)
    {
        try
        {
            await lease.DisposeAsync().ConfigureAwait(false);
        }
        catch (JdCoordinationException)
        {
            // The lease expires by itself; the refresh's outcome matters more than its early release.
        }
    }

    private bool IsNeeded(JdTokenSet tokens, string? rejectedAccessToken) =>
        rejectedAccessToken is null ? IsDue(tokens) : tokens.AccessToken == rejectedAccessToken;

    private async Task<JdTokenSet> RefreshAndStoreAsync(ShopRefresh state, string shop, JdTokenSet current, IJdTokenRefreshLease? lease)
    {
        var shopHash = JdTelemetry.ShopHash(shop);
        JdOAuthToken token;
        try
        {
            token = await _oauthClient.RefreshAsync(current.RefreshToken!, CancellationToken.None).ConfigureAwait(false);
        }
        catch (JdException ex)
        {
            // Instances sharing a store can find the token due at the same moment and both refresh; JD may refuse
            // the second use of the refresh token, and may do so before the first instance has stored its new pair.
            // Only this process writes an in-memory store, so no other instance's tokens can be on their way there.
            var mayArrive = ex is JdAuthenticationException && Store is not JdInMemoryTokenStore;
            var latest = await SupersedingTokensAsync(shop, current, waitForThem: mayArrive).ConfigureAwait(false);
            if (latest is not null)
            {
                state.Succeeded();
                JdTelemetry.TokenRefreshes.Add(1, new KeyValuePair<string, object?>("jd.outcome", "superseded"));
                JdLog.TokenRefreshSuperseded(_logger, shopHash, latest.ExpiresAt);
                return latest;
            }

            var (failures, retryAt) = state.Failed(ex, current.RefreshToken!, _timeProvider.GetUtcNow(), _refreshRetryDelay, _maxRefreshRetryDelay);
            JdTelemetry.TokenRefreshes.Add(1, new KeyValuePair<string, object?>("jd.outcome", "error"));
            JdLog.TokenRefreshFailed(_logger, shopHash, ex.Message);
            JdLog.TokenRefreshBackingOff(_logger, shopHash, failures, retryAt);
            throw;
        }

        // JD has spent the old refresh token: store the new pair before anything else can go wrong.
        var (next, bounds) = Bounded(token, current);
        if (lease is null)
        {
            await Store.SetAsync(shop, next, CancellationToken.None).ConfigureAwait(false);
        }
        else if (!await lease.TrySetAsync(next, CancellationToken.None).ConfigureAwait(false))
        {
            // Our lease ran out during the refresh and a later holder stored newer tokens: theirs stand.
            var newer = await Store.GetAsync(shop, CancellationToken.None).ConfigureAwait(false);
            if (newer is not null)
            {
                state.Succeeded();
                JdTelemetry.TokenRefreshes.Add(1, new KeyValuePair<string, object?>("jd.outcome", "superseded"));
                JdLog.TokenRefreshSuperseded(_logger, shopHash, newer.ExpiresAt);
                return newer;
            }
        }

        state.Succeeded();
        LogBounds(shopHash, token, bounds);
        JdTelemetry.TokenRefreshes.Add(1, new KeyValuePair<string, object?>("jd.outcome", "success"));
        JdLog.TokenRefreshed(_logger, shopHash, next.ExpiresAt);
        return next;
    }

    /// <summary>
    /// Newer, usable tokens another instance stored after <paramref name="current"/>; when asked, waits a little for
    /// them (re-reading the store with growing pauses on the clock, <see cref="SupersedingTokensWait"/> at most).
    /// </summary>
    private async Task<JdTokenSet?> SupersedingTokensAsync(string shop, JdTokenSet current, bool waitForThem)
    {
        var waited = TimeSpan.Zero;
        var pause = FirstStoreRereadDelay;
        while (true)
        {
            JdTokenSet? latest;
            try
            {
                latest = await Store.GetAsync(shop, CancellationToken.None).ConfigureAwait(false);
            }
            catch (JdException)
            {
                // The store failing now must not hide why the refresh failed.
                return null;
            }

            if (latest is not null && latest.AccessToken != current.AccessToken && !IsDue(latest))
            {
                return latest;
            }

            if (!waitForThem || waited >= SupersedingTokensWait)
            {
                return null;
            }

            pause = pause < SupersedingTokensWait - waited ? pause : SupersedingTokensWait - waited;
            await Task.Delay(pause, _timeProvider).ConfigureAwait(false);
            waited += pause;
            pause += pause;
        }
    }

    /// <summary>
    /// The set to store for an answer of JD's, with an expiry that cannot make every call refresh: a server clock
    /// far from ours is ignored, and a lifetime not above the refresh margin (or over a year) is bounded.
    /// </summary>
    private (JdTokenSet Tokens, LifetimeBounds Bounds) Bounded(JdOAuthToken token, JdTokenSet? previous)
    {
        var now = _timeProvider.GetUtcNow();
        var issuedAt = token.IssuedAt;
        var skew = issuedAt - now;
        var clockIgnored = skew > MaxServerClockSkew || skew < -MaxServerClockSkew;
        if (clockIgnored)
        {
            issuedAt = now;
        }

        var lifetime = token.ExpiresIn;
        var lifetimeBounded = lifetime <= _refreshMargin || lifetime > MaxTokenLifetime;
        if (lifetime <= _refreshMargin)
        {
            lifetime = _refreshMargin + MinimumUsableLifetime;
        }
        else if (lifetime > MaxTokenLifetime)
        {
            lifetime = MaxTokenLifetime;
        }

        var bounds = new LifetimeBounds(clockIgnored ? skew : null, lifetimeBounded ? lifetime : null);
        return (JdTokenSet.FromOAuthToken(token, previous, issuedAt + lifetime), bounds);
    }

    private void LogBounds(string shopHash, JdOAuthToken token, LifetimeBounds bounds)
    {
        if (bounds.IgnoredSkew is { } skew)
        {
            JdLog.OAuthClockSkewIgnored(_logger, shopHash, (long)skew.TotalSeconds, (long)MaxServerClockSkew.TotalSeconds);
        }

        if (bounds.UsedLifetime is { } used)
        {
            JdLog.TokenLifetimeBounded(_logger, shopHash, (long)token.ExpiresIn.TotalSeconds, (long)_refreshMargin.TotalSeconds, (long)used.TotalSeconds);
        }
    }

    private readonly record struct LifetimeBounds(TimeSpan? IgnoredSkew, TimeSpan? UsedLifetime);

    private sealed class ShopRefresh
    {
        private readonly object _gate = new();
        private int _failures;
        private DateTimeOffset _retryAt;
        private Task<JdTokenSet>? _lastFailure;
        private string? _failedRefreshToken;

        public Task<JdTokenSet>? Running { get; set; }

        /// <summary>The last failure, while its wait runs and the store still holds the refresh token that failed.</summary>
        public Task<JdTokenSet>? BackingOff(string refreshToken, DateTimeOffset now)
        {
            lock (_gate)
            {
                return _lastFailure is not null && now < _retryAt && string.Equals(refreshToken, _failedRefreshToken, StringComparison.Ordinal)
                    ? _lastFailure
                    : null;
            }
        }

        public (int Failures, DateTimeOffset RetryAt) Failed(Exception failure, string refreshToken, DateTimeOffset now, TimeSpan firstDelay, TimeSpan maxDelay)
        {
            lock (_gate)
            {
                _failures = _failures == int.MaxValue ? _failures : _failures + 1;

                // Doubling from the first delay; the exponent is capped so the arithmetic cannot overflow.
                var delay = firstDelay * Math.Pow(2, Math.Min(_failures - 1, 30));
                _retryAt = now + (delay < maxDelay ? delay : maxDelay);
                _lastFailure = Task.FromException<JdTokenSet>(failure);
                _failedRefreshToken = refreshToken;
                return (_failures, _retryAt);
            }
        }

        public void Succeeded()
        {
            lock (_gate)
            {
                _failures = 0;
                _lastFailure = null;
                _failedRefreshToken = null;
            }
        }
    }
}
