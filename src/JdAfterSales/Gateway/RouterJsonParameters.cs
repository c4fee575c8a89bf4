namespace JdAfterSales.Gateway;

/// <summary>The system parameters of one routerjson attempt, already encoded as UTF-8.</summary>
/// <param name="Method">The JOS method name.</param>
/// <param name="AppKey">The app key.</param>
/// <param name="AccessToken">The shop's access token; empty when the call carries none.</param>
/// <param name="Timestamp">The attempt's timestamp.</param>
/// <param name="SignMethod">The signing algorithm.</param>
internal readonly ref struct RouterJsonParameters(
    ReadOnlySpan<byte> Method,
    ReadOnlySpan<byte> AppKey,
    ReadOnlySpan<byte> AccessToken,
    DateTimeOffset Timestamp,
    JdSignMethod SignMethod)
{
    public ReadOnlySpan<byte> Method { get; } = Method;

    public ReadOnlySpan<byte> AppKey { get; } = AppKey;

    public ReadOnlySpan<byte> AccessToken { get; } = AccessToken;

    public DateTimeOffset Timestamp { get; } = Timestamp;

    public JdSignMethod SignMethod { get; } = SignMethod;
}
