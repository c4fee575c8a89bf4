using System.Text.Json;
using JdAfterSales.Auth;
using StackExchange.Redis;

namespace JdAfterSales.Redis;

/// <summary>
/// Keeps each shop's tokens in Redis and grants per-shop refresh leases with fences
/// (<see cref="IJdCoordinatedTokenStore"/>): with every instance's <see cref="JdOAuthTokenProvider"/> on this
/// store, exactly one instance refreshes a shop's token when it is due, the others wait for and read its result,
/// and a holder whose lease expired mid-refresh cannot overwrite newer tokens.
/// </summary>
/// <remarks>
/// <para>
/// Per shop: a hash <c>{prefix}tokens:{shop}</c> (the tokens as JSON and the fence they were written under), the
/// lease <c>…:lease</c> (holder and fence, with an expiry) and the fence counter <c>…:fence</c>. The hash and the
/// counter have no expiry: configure Redis not to evict them (a <c>noeviction</c> policy or a dedicated database).
/// </para>
/// <para>
/// The stored values hold access and refresh tokens in clear: use a Redis that only your services reach, with
/// authentication and TLS where the network is shared, as you would protect a password store. Keys hold shop ids only.
/// </para>
/// <para>
/// When Redis cannot be reached every method throws <see cref="JdCoordinationException"/>: reads and writes of
/// tokens fail (calls needing the shop's token fail typed), and a lease that cannot be granted makes the provider
/// refresh under its process-local lock.
/// </para>
/// </remarks>
public sealed class JdRedisTokenStore : IJdCoordinatedTokenStore
{
    private readonly IConnectionMultiplexer _redis;
    private readonly JdRedisOptions _options;
    private readonly string _holderId = Guid.NewGuid().ToString("N");

    /// <summary>Creates a store.</summary>
    /// <param name="redis">The connection, shared with the rest of the app if you like.</param>
    /// <param name="options">The key prefix and database; <c>null</c> for the defaults. Validated and copied.</param>
    /// <exception cref="JdValidationException">An option is malformed.</exception>
    public JdRedisTokenStore(IConnectionMultiplexer redis, JdRedisOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;
        _options = (options ?? new JdRedisOptions()).Validated();
    }

    private IDatabase Database => _redis.GetDatabase(_options.Database);

    /// <inheritdoc />
    /// <exception cref="JdCoordinationException">Redis could not be reached.</exception>
    /// <exception cref="JdContractException">The stored entry is not readable tokens.</exception>
    public async ValueTask<JdTokenSet?> GetAsync(string shopId, CancellationToken cancellationToken)
    {
        var key = RedisKeys.Tokens(_options.KeyPrefix, shopId);
        RedisValue json;
        try
        {
            json = await Database.HashGetAsync(key, "data").WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisFailures.IsRedisFailure(ex))
        {
            throw RedisFailures.Unavailable($"read shop {shopId}'s tokens", ex);
        }

        if (json.IsNullOrEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize((byte[])json!, RedisJsonContext.Default.JdTokenSet);
        }
        catch (JsonException ex)
        {
            // Never quote the entry: it holds tokens.
            throw new JdContractException($"The stored tokens of shop {shopId} could not be read; store them again.", null, ex);
        }
    }

    /// <inheritdoc />
    /// <remarks>Takes a new fence, so no holder of an older refresh lease can overwrite these tokens.</remarks>
    /// <exception cref="JdCoordinationException">Redis could not be reached.</exception>
    public async ValueTask SetAsync(string shopId, JdTokenSet tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        RedisKey[] keys = [RedisKeys.Tokens(_options.KeyPrefix, shopId), RedisKeys.Fence(_options.KeyPrefix, shopId)];
        await EvaluateAsync(RedisScripts.SetTokensWithNewFence, keys, [Serialize(tokens)], $"store shop {shopId}'s tokens", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Keeps the shop's fence counter, so leases granted before stay outranked.</remarks>
    /// <exception cref="JdCoordinationException">Redis could not be reached.</exception>
    public async ValueTask RemoveAsync(string shopId, CancellationToken cancellationToken)
    {
        var key = RedisKeys.Tokens(_options.KeyPrefix, shopId);
        try
        {
            await Database.KeyDeleteAsync(key).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisFailures.IsRedisFailure(ex))
        {
            throw RedisFailures.Unavailable($"remove shop {shopId}'s tokens", ex);
        }
    }

    /// <inheritdoc />
    /// <exception cref="JdCoordinationException">Redis could not be reached.</exception>
    public async ValueTask<IJdTokenRefreshLease?> TryAcquireRefreshLeaseAsync(string shopId, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (duration <= TimeSpan.Zero || duration == Timeout.InfiniteTimeSpan)
        {
            throw new JdValidationException(nameof(duration), "must be positive and finite.");
        }

        var prefix = _options.KeyPrefix;
        RedisKey[] keys = [RedisKeys.RefreshLease(prefix, shopId), RedisKeys.Fence(prefix, shopId), RedisKeys.Tokens(prefix, shopId)];
        var result = await EvaluateAsync(
            RedisScripts.AcquireRefreshLease,
            keys,
            [_holderId, Milliseconds(duration)],
            $"grant shop {shopId}'s refresh lease",
            cancellationToken).ConfigureAwait(false);
        var fence = (long)result;
        return fence == 0 ? null : new RefreshLease(this, shopId, fence, $"{_holderId}:{fence}");
    }

    /// <summary>Describes the store without revealing any token.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdRedisTokenStore (prefix {_options.KeyPrefix})";

    internal static long Milliseconds(TimeSpan duration) => Math.Max(1, (long)Math.Ceiling(duration.TotalMilliseconds));

    private static byte[] Serialize(JdTokenSet tokens) => JsonSerializer.SerializeToUtf8Bytes(tokens, RedisJsonContext.Default.JdTokenSet);

    private async Task<RedisResult> EvaluateAsync(string script, RedisKey[] keys, RedisValue[] values, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await Database.ScriptEvaluateAsync(script, keys, values).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (RedisFailures.IsRedisFailure(ex))
        {
            throw RedisFailures.Unavailable(what, ex);
        }
    }

    private sealed class RefreshLease(JdRedisTokenStore store, string shopId, long fence, string value) : IJdTokenRefreshLease
    {
        public string ShopId { get; } = shopId;

        public long Fence { get; } = fence;

        public async ValueTask<bool> TrySetAsync(JdTokenSet tokens, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(tokens);
            RedisKey[] keys = [RedisKeys.Tokens(store._options.KeyPrefix, ShopId)];
            var result = await store.EvaluateAsync(RedisScripts.SetTokensFenced, keys, [Fence, Serialize(tokens)], $"store shop {ShopId}'s tokens", cancellationToken).ConfigureAwait(false);
            return (long)result == 1;
        }

        public async ValueTask DisposeAsync()
        {
            RedisKey[] keys = [RedisKeys.RefreshLease(store._options.KeyPrefix, ShopId)];
            await store.EvaluateAsync(RedisScripts.ReleaseIfHeld, keys, [value], $"release shop {ShopId}'s refresh lease", CancellationToken.None).ConfigureAwait(false);
        }
    }
}
