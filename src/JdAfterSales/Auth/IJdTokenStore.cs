namespace JdAfterSales.Auth;

/// <summary>
/// Keeps each shop's <see cref="JdTokenSet"/> for <see cref="JdOAuthTokenProvider"/>. Implementations must be safe
/// to call concurrently; a store shared by several processes lets them share one token per shop.
/// </summary>
public interface IJdTokenStore
{
    /// <summary>Reads a shop's tokens.</summary>
    /// <param name="shopId">The shop.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The tokens, or <c>null</c> when the shop has none.</returns>
    ValueTask<JdTokenSet?> GetAsync(string shopId, CancellationToken cancellationToken);

    /// <summary>Stores (replaces) a shop's tokens.</summary>
    /// <param name="shopId">The shop.</param>
    /// <param name="tokens">The tokens.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the tokens are stored.</returns>
    ValueTask SetAsync(string shopId, JdTokenSet tokens, CancellationToken cancellationToken);

    /// <summary>Forgets a shop's tokens (for example when it revoked the app).</summary>
    /// <param name="shopId">The shop.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the tokens are gone.</returns>
    ValueTask RemoveAsync(string shopId, CancellationToken cancellationToken);
}
