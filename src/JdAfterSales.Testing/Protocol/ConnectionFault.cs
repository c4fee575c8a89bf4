namespace JdAfterSales.Testing;

/// <summary>Connection-level faults that WireMock's response model cannot express, done by the hosting middleware.</summary>
internal enum ConnectionFault
{
    None,

    /// <summary>Close the connection without sending anything.</summary>
    Abort,

    /// <summary>Announce the full Content-Length, send half of the body, then close.</summary>
    Truncate,
}
