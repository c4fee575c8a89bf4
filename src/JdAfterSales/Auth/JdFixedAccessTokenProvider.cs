namespace JdAfterSales.Auth;

/// <summary>One fixed access token for every call, for a single shop whose token is managed elsewhere.</summary>
public sealed class JdFixedAccessTokenProvider : IJdAccessTokenProvider
{
    private readonly string? _accessToken;

    /// <summary>Creates a provider that always returns <paramref name="accessToken"/>.</summary>
    /// <param name="accessToken">The token, or <c>null</c> to send none.</param>
    public JdFixedAccessTokenProvider(string? accessToken) => _accessToken = string.IsNullOrEmpty(accessToken) ? null : accessToken;

    /// <inheritdoc />
    public ValueTask<string?> GetAccessTokenAsync(string? shopId, CancellationToken cancellationToken) => new(_accessToken);

    /// <summary>Describes the provider without revealing the token.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => _accessToken is null ? "JdFixedAccessTokenProvider (no token)" : "JdFixedAccessTokenProvider (token ***)";
}
