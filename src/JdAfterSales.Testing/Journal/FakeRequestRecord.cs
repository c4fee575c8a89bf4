using System.Text;
using System.Text.Json;

namespace JdAfterSales.Testing;

/// <summary>
/// One request the gateway received and what it answered. It never holds the app secret, an access or refresh token, an
/// authorization code or the sign, so printing it is always safe.
/// </summary>
public sealed class FakeRequestRecord
{
    internal FakeRequestRecord()
    {
    }

    /// <summary>Gets the 1-based arrival number of the request.</summary>
    public long Sequence { get; internal init; }

    /// <summary>Gets the HTTP method (POST, GET).</summary>
    public string HttpMethod { get; internal init; } = "";

    /// <summary>Gets the request path: <c>/routerjson</c>, <c>/oauth2/access_token</c> or <c>/oauth2/refresh_token</c>.</summary>
    public string Path { get; internal init; } = "";

    /// <summary>Gets the JOS method (<c>method</c> parameter), or <see langword="null"/> when absent (and for OAuth).</summary>
    public string? Method { get; internal init; }

    /// <summary>Gets the app key sent, or <see langword="null"/> when absent.</summary>
    public string? AppKey { get; internal init; }

    /// <summary>Gets a value indicating whether the request carried an access token (the token itself is never kept).</summary>
    public bool HasAccessToken { get; internal init; }

    /// <summary>Gets the <c>sign_method</c> sent, or <see langword="null"/> when absent (MD5).</summary>
    public string? SignMethod { get; internal init; }

    /// <summary>Gets the raw <c>timestamp</c> parameter, or <see langword="null"/> when absent.</summary>
    public string? Timestamp { get; internal init; }

    /// <summary>Gets the raw <c>v</c> parameter, or <see langword="null"/> when absent.</summary>
    public string? Version { get; internal init; }

    /// <summary>Gets the OAuth <c>grant_type</c>, for OAuth requests.</summary>
    public string? GrantType { get; internal init; }

    /// <summary>Gets the decoded <c>360buy_param_json</c>, or <see langword="null"/> when absent or not valid JSON.</summary>
    public JsonElement? BusinessParameters { get; internal init; }

    /// <summary>Gets the raw <c>360buy_param_json</c> string, exactly as received.</summary>
    public string? RawBusinessParameters { get; internal init; }

    /// <summary>Gets when the request arrived, by the gateway's time provider.</summary>
    public DateTimeOffset ReceivedAt { get; internal init; }

    /// <summary>Gets the HTTP status answered (0 when the connection was dropped without an answer).</summary>
    public int HttpStatus { get; internal set; }

    /// <summary>Gets the gateway error code answered in <c>error_response</c> (or the OAuth error code), or <see langword="null"/>.</summary>
    public string? ErrorCode { get; internal set; }

    /// <summary>Gets the business failure code inside a success envelope (e.g. <c>ASC_SYS_VERSION_ERROR</c>), or <see langword="null"/>.</summary>
    public string? BusinessErrorCode { get; internal set; }

    /// <summary>Gets the fault applied to this call, or <see langword="null"/>.</summary>
    public FakeFault? Fault { get; internal set; }

    /// <summary>Gets a value indicating whether a fault was applied to this call.</summary>
    public bool FaultApplied => Fault is not null;

    /// <summary>Gets a value indicating whether the call succeeded: HTTP 200, no gateway error, no business failure, no fault.</summary>
    public bool Succeeded => HttpStatus == 200 && ErrorCode is null && BusinessErrorCode is null && Fault is null;

    /// <summary>Gets the business parameter <paramref name="name"/> as text (strings unquoted, numbers as written).</summary>
    /// <param name="name">The wire name, e.g. <c>serviceId</c>.</param>
    /// <returns>The value, or <see langword="null"/> when absent.</returns>
    public string? GetBusinessParameter(string name)
    {
        if (BusinessParameters is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        };
    }

    /// <summary>Describes the call without secrets: method, app key, whether a token was sent, outcome.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append('#').Append(Sequence).Append(' ').Append(HttpMethod).Append(' ').Append(Path);
        if (Method is not null)
        {
            text.Append(' ').Append(Method);
        }

        if (GrantType is not null)
        {
            text.Append(" grant_type=").Append(GrantType);
        }

        text.Append(" app_key=").Append(AppKey ?? "(none)");
        text.Append(" access_token=").Append(HasAccessToken ? "(redacted)" : "(none)");
        text.Append(" -> HTTP ").Append(HttpStatus);
        if (ErrorCode is not null)
        {
            text.Append(" code ").Append(ErrorCode);
        }

        if (BusinessErrorCode is not null)
        {
            text.Append(' ').Append(BusinessErrorCode);
        }

        if (Fault is not null)
        {
            text.Append(" fault ").Append(Fault);
        }

        return text.ToString();
    }
}
