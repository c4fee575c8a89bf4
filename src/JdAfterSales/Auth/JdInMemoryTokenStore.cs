using System.Collections.Concurrent;

namespace JdAfterSales.Auth;

/// <summary>
/// Keeps tokens in this process's memory: the default store, for a single instance. Tokens are lost on restart;
/// use <see cref="JdDistributedCacheTokenStore"/> (or your own database-backed store) to keep and share them.
/// </summary>
public sealed class JdInMemoryTokenStore : IJdTokenStore
{
    private readonly ConcurrentDictionary<string, JdTokenSet> _tokens = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<JdTokenSet?> GetAsync(string shopId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shopId);
        return new(_tokens.TryGetValue(shopId, out var tokens) ? tokens : null);
    }

    /// <inheritdoc />
    public ValueTask SetAsync(string shopId, JdTokenSet tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shopId);
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens[shopId] = tokens;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string shopId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shopId);
        _tokens.TryRemove(shopId, out _);
        return ValueTask.CompletedTask;
    }

    /// <summary>Describes the store without revealing any token.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdInMemoryTokenStore ({_tokens.Count} shops)";
}
