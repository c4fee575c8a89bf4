namespace JdAfterSales.Auth;

/// <summary>Supplies the access token for a shop on every call.</summary>
public interface IJdAccessTokenProvider
{
    /// <summary>Returns the access token to use for <paramref name="shopId"/>.</summary>
    /// <param name="shopId">The shop the call acts for, or <c>null</c> for the client's default shop.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The token, or <c>null</c> for methods that need none.</returns>
    ValueTask<string?> GetAccessTokenAsync(string? shopId, CancellationToken cancellationToken);
}
