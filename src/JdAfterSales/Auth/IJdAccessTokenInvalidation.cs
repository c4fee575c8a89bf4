namespace JdAfterSales.Auth;

/// <summary>
/// Implemented by an <see cref="IJdAccessTokenProvider"/> that can replace a token JD refused. When the gateway
/// answers code 19 (invalid access token), <see cref="JdClient"/> calls <see cref="InvalidateAsync"/> once, asks
/// the provider for the token again and re-sends the call once. Providers without it (such as
/// <see cref="JdFixedAccessTokenProvider"/>) get no retry: the 19 surfaces as <see cref="JdAuthenticationException"/>.
/// </summary>
public interface IJdAccessTokenInvalidation
{
    /// <summary>
    /// Replaces <paramref name="rejectedAccessToken"/> for the shop, unless another caller already did; returns when
    /// <see cref="IJdAccessTokenProvider.GetAccessTokenAsync"/> will return the replacement.
    /// </summary>
    /// <param name="shopId">The shop, or <c>null</c> for the default shop.</param>
    /// <param name="rejectedAccessToken">The token JD refused.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when a replacement is in place.</returns>
    /// <exception cref="JdAuthenticationException">No replacement could be obtained (for example the refresh token is invalid).</exception>
    ValueTask InvalidateAsync(string? shopId, string rejectedAccessToken, CancellationToken cancellationToken);
}
