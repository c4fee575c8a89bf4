namespace JdAfterSales;

/// <summary>
/// An optional client-side token bucket, so a batch sync stays under JD's quota instead of collecting code 2.
/// Off unless <see cref="Enabled"/> is set. Limits apply per app (all shops together) and per shop.
/// </summary>
public sealed class JdRateLimitOptions
{
    /// <summary>Whether calls wait for a token before they are sent (off unless set).</summary>
    public bool Enabled { get; set; }

    /// <summary>Calls per second for the whole app (10 unless set).</summary>
    public double AppPermitsPerSecond { get; set; } = 10;

    /// <summary>Burst size for the whole app (20 unless set).</summary>
    public int AppBurst { get; set; } = 20;

    /// <summary>Calls per second for one shop (5 unless set).</summary>
    public double ShopPermitsPerSecond { get; set; } = 5;

    /// <summary>Burst size for one shop (10 unless set).</summary>
    public int ShopBurst { get; set; } = 10;

    internal JdRateLimitOptions Clone() => (JdRateLimitOptions)MemberwiseClone();
}
