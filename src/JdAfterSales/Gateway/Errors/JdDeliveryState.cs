namespace JdAfterSales;

/// <summary>Whether a failed request reached JD, which decides whether a write may be sent again.</summary>
public enum JdDeliveryState
{
    /// <summary>Not known: the request may or may not have reached JD (a timeout, a dropped connection).</summary>
    Unknown = 0,

    /// <summary>The request provably never left this process or never reached a server (connection refused, DNS).</summary>
    NotSent = 1,

    /// <summary>A server received the request and answered.</summary>
    Delivered = 2,
}
