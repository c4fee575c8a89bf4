namespace JdAfterSales;

/// <summary>Per-call settings.</summary>
public sealed class JdCallOptions
{
    /// <summary>The shop whose access token the call uses; <c>null</c> for the client's default shop.</summary>
    public string? ShopId { get; init; }
}
