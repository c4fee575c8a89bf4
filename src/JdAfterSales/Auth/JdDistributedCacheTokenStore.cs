using System.Text.Json;
using JdAfterSales.Serialization;
using Microsoft.Extensions.Caching.Distributed;

namespace JdAfterSales.Auth;

/// <summary>
/// Keeps tokens in an <see cref="IDistributedCache"/> (Redis through
/// <c>Microsoft.Extensions.Caching.StackExchangeRedis</c>, SQL Server…) so that several instances of an app share
/// one token per shop. Entries are JSON under <c>{keyPrefix}{shopId}</c> and have no expiry: configure the cache
/// not to evict them (for Redis, a <c>noeviction</c> policy or a dedicated database), or a shop must authorize
/// again. Tokens are stored as they are; protect the cache as you would a password store.
/// </summary>
public sealed class JdDistributedCacheTokenStore : IJdTokenStore
{
    /// <summary>The key prefix used unless one is given.</summary>
    public const string DefaultKeyPrefix = "jdaftersales:tokens:";

    private readonly IDistributedCache _cache;
    private readonly string _keyPrefix;

    /// <summary>Creates a store over a distributed cache.</summary>
    /// <param name="cache">The cache, shared by every instance that should share tokens.</param>
    /// <param name="keyPrefix">The prefix of every key; include the app key when several apps share one cache.</param>
    public JdDistributedCacheTokenStore(IDistributedCache cache, string keyPrefix = DefaultKeyPrefix)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        _cache = cache;
        _keyPrefix = keyPrefix;
    }

    /// <inheritdoc />
    public async ValueTask<JdTokenSet?> GetAsync(string shopId, CancellationToken cancellationToken)
    {
        var bytes = await _cache.GetAsync(Key(shopId), cancellationToken).ConfigureAwait(false);
        if (bytes is null || bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, JdJsonContext.Default.JdTokenSet);
        }
        catch (JsonException ex)
        {
            // Never quote the entry: it holds tokens.
            throw new JdContractException($"The stored tokens of shop {shopId} could not be read; store them again.", null, ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask SetAsync(string shopId, JdTokenSet tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(tokens, JdJsonContext.Default.JdTokenSet);
        await _cache.SetAsync(Key(shopId), bytes, new DistributedCacheEntryOptions(), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask RemoveAsync(string shopId, CancellationToken cancellationToken) =>
        await _cache.RemoveAsync(Key(shopId), cancellationToken).ConfigureAwait(false);

    /// <summary>Describes the store without revealing any token.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdDistributedCacheTokenStore (prefix {_keyPrefix})";

    private string Key(string shopId)
    {
        ArgumentException.ThrowIfNullOrEmpty(shopId);
        return _keyPrefix + shopId;
    }
}
