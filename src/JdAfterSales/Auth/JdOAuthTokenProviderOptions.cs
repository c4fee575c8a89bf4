namespace JdAfterSales.Auth;

/// <summary>Settings of a <see cref="JdOAuthTokenProvider"/>.</summary>
public sealed class JdOAuthTokenProviderOptions
{
    /// <summary>
    /// How long before expiry a token is refreshed (1 hour unless set). JD only lets a token be refreshed near its
    /// expiry (reportedly within the last 24 hours, never after it), so keep this well under a day.
    /// </summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long calls that need a new token wait after a failed refresh before the next one is tried (5 seconds
    /// unless set). Meanwhile they fail at once with the failure's exception, without calling JD; each further
    /// failure in a row doubles the wait, up to <see cref="MaxRefreshRetryDelay"/>. A success, or new tokens in the
    /// store (another instance's refresh, a new authorization), ends it.
    /// </summary>
    public TimeSpan RefreshRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between failed refreshes of one shop (5 minutes unless set).</summary>
    public TimeSpan MaxRefreshRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a refresh lease lasts when the store grants them (<see cref="IJdCoordinatedTokenStore"/>; 1 minute
    /// unless set): longer than a refresh takes (<see cref="JdOAuthOptions.Timeout"/>), short enough that the shop
    /// is not stuck for long when the holder dies. Instances that find the lease taken wait for the holder's tokens
    /// up to twice this long, taking the lease themselves once it is free.
    /// </summary>
    public TimeSpan RefreshLeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The shop used when a call names none (<see cref="JdCallOptions.ShopId"/> is <c>null</c>); <c>null</c> to require a shop on every call.</summary>
    public string? DefaultShopId { get; set; }
}
