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
/// What is not: across processes, <see cref="IJdTokenStore"/> (and <c>IDistributedCache</c> beneath
/// <see cref="JdDistributedCacheTokenStore"/>) offers no atomic lock, so instances that find the same token due at
/// the same moment may each refresh it — at most one refresh per instance, and the last one stored wins. An
/// instance left with a token another refresh made stale gets code 19 on its next call, reads the store again and
/// retries with the newest token.
/// </para>
/// </remarks>
public sealed class JdOAuthTokenProvider : IJdAccessTokenProvider, IJdAccessTokenInvalidation
{
    private readonly ILogger _logger;
    private readonly JdOAuthClient _oauthClient;
    private readonly TimeSpan _refreshMargin;
    private readonly string? _defaultShopId;
    private readonly TimeProvider _timeProvider;
    private readonly ConcurrentDictionary<string, ShopRefresh> _refreshes = new(StringComparer.Ordinal);

    /// <summary>Creates a provider.</summary>
    /// <param name="oauthClient">The OAuth client that refreshes tokens.</param>
    /// <param name="store">Where tokens are kept; <c>null</c> for a new <see cref="JdInMemoryTokenStore"/>.</param>
    /// <param name="options">The refresh margin and default shop; <c>null</c> for the defaults.</param>
    /// <param name="timeProvider">The clock that decides when a token is due; <c>null</c> for the system clock.</param>
    /// <param name="loggerFactory">Where refreshes are logged (never the tokens); <c>null</c> for no logging.</param>
    /// <exception cref="JdValidationException">The refresh margin is negative.</exception>
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

        _oauthClient = oauthClient;
        Store = store ?? new JdInMemoryTokenStore();
        _refreshMargin = options.RefreshMargin;
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
        var tokens = JdTokenSet.FromOAuthToken(token);
        await Store.SetAsync(shopId, tokens, cancellationToken).ConfigureAwait(false);
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
            _ = RunRefreshAsync(started, shop, rejectedAccessToken);
        }

        return await running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RunRefreshAsync(TaskCompletionSource<JdTokenSet> completion, string shop, string? rejectedAccessToken)
    {
        try
        {
            completion.SetResult(await RefreshIfStillNeededAsync(shop, rejectedAccessToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            // Every failure goes to all the callers waiting on this refresh; the next call starts a new one.
            completion.SetException(ex);
        }
    }

    private async Task<JdTokenSet> RefreshIfStillNeededAsync(string shop, string? rejectedAccessToken)
    {
        // Read again: another caller, or another instance sharing the store, may have refreshed meanwhile.
        var current = await Store.GetAsync(shop, CancellationToken.None).ConfigureAwait(false) ?? throw NotAuthorized(shop);
        var needed = rejectedAccessToken is null ? IsDue(current) : current.AccessToken == rejectedAccessToken;
        if (!needed)
        {
            return current;
        }

        if (string.IsNullOrEmpty(current.RefreshToken))
        {
            throw new JdAuthenticationException($"Shop {shop}'s access token needs replacing but no refresh token is stored: the shop must authorize the app again.", "19");
        }

        var shopHash = JdTelemetry.ShopHash(shop);
        JdOAuthToken token;
        try
        {
            token = await _oauthClient.RefreshAsync(current.RefreshToken, CancellationToken.None).ConfigureAwait(false);
        }
        catch (JdException ex)
        {
            // Instances sharing a store can find the token due at the same moment and both refresh; JD may refuse
            // the second use of the refresh token. If another instance stored new tokens meanwhile, they serve.
            var latest = await Store.GetAsync(shop, CancellationToken.None).ConfigureAwait(false);
            if (latest is not null && latest.AccessToken != current.AccessToken && !IsDue(latest))
            {
                JdTelemetry.TokenRefreshes.Add(1, new KeyValuePair<string, object?>("jd.outcome", "superseded"));
                JdLog.TokenRefreshSuperseded(_logger, shopHash, latest.ExpiresAt);
                return latest;
            }

            JdTelemetry.TokenRefreshes.Add(1, new KeyValuePair<string, object?>("jd.outcome", "error"));
            JdLog.TokenRefreshFailed(_logger, shopHash, ex.Message);
            throw;
        }

        var next = JdTokenSet.FromOAuthToken(token, current);
        await Store.SetAsync(shop, next, CancellationToken.None).ConfigureAwait(false);
        JdTelemetry.TokenRefreshes.Add(1, new KeyValuePair<string, object?>("jd.outcome", "success"));
        JdLog.TokenRefreshed(_logger, shopHash, next.ExpiresAt);
        return next;
    }

    private sealed class ShopRefresh
    {
        public Task<JdTokenSet>? Running { get; set; }
    }
}
