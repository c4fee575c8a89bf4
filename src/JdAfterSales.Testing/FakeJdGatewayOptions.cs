namespace JdAfterSales.Testing;

/// <summary>Settings of a <see cref="FakeJdGateway"/>. Every value has a default, so <c>new()</c> is a working gateway.</summary>
public sealed class FakeJdGatewayOptions
{
    /// <summary>Gets or sets the seed of the data set. The same seed, order count and anchor give the same data.</summary>
    public int Seed { get; set; } = 20240520;

    /// <summary>Gets or sets how many orders the shop has (about a third get service orders).</summary>
    public int OrderCount { get; set; } = 300;

    /// <summary>Gets or sets the app key the gateway accepts.</summary>
    public string AppKey { get; set; } = "F4KE0APP0KEY0000A1B2C3D4E5F6A7B8";

    /// <summary>Gets or sets the app secret requests must be signed with.</summary>
    public string AppSecret { get; set; } = "f4ke0secret0000fedcba9876543210ab";

    /// <summary>
    /// Gets or sets the access tokens the gateway accepts for the shop; the first is <see cref="FakeJdGateway.AccessToken"/>.
    /// </summary>
    public IList<string> AccessTokens { get; set; } = ["f4ke0token00000000aa11bb22cc33dd44", "f4ke0token00000001ee55ff6677889900"];

    /// <summary>
    /// Gets or sets the clock of the gateway: the timestamp-skew check, OAuth token lifetimes and the time stamped on writes.
    /// Use <c>FakeTimeProvider</c> in tests. Faults that delay still wait in real time.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Gets or sets the "now" the data set is generated around. Default: the time provider's now, truncated to the minute.
    /// Pin it when a test needs the same data set on every run.
    /// </summary>
    public DateTimeOffset? DataAnchor { get; set; }

    /// <summary>Gets or sets how far the request timestamp may be from the gateway's clock before code 8 (JD: 6 minutes).</summary>
    public TimeSpan AllowedClockSkew { get; set; } = TimeSpan.FromMinutes(6);

    /// <summary>Gets or sets the shop's vender id; every <c>jingdong.asc.*</c> call must send it as <c>buId</c>.</summary>
    public string VenderId { get; set; } = "10001234";

    /// <summary>
    /// Gets or sets how long access tokens issued through OAuth live (<c>expires_in</c>), by the gateway clock: 24 hours
    /// as JD's, unless set. Seconds-long lifetimes let a test see tokens expire and be refreshed in real time.
    /// </summary>
    public TimeSpan OAuthTokenLifetime { get; set; } = TimeSpan.FromHours(24);
}
