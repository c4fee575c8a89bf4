namespace JdAfterSales.Auth;

/// <summary>Settings of a <see cref="JdOAuthTokenProvider"/>.</summary>
public sealed class JdOAuthTokenProviderOptions
{
    /// <summary>
    /// How long before expiry a token is refreshed (1 hour unless set). JD only lets a token be refreshed near its
    /// expiry (reportedly within the last 24 hours, never after it), so keep this well under a day.
    /// </summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The shop used when a call names none (<see cref="JdCallOptions.ShopId"/> is <c>null</c>); <c>null</c> to require a shop on every call.</summary>
    public string? DefaultShopId { get; set; }
}
