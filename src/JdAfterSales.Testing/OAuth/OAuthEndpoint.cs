using System.Globalization;

namespace JdAfterSales.Testing;

/// <summary>
/// <c>/oauth2/access_token</c> and <c>/oauth2/refresh_token</c> as JD's open-oauth host answers them: plain JSON, with
/// <c>code</c> 0 on success and a non-zero <c>code</c> plus <c>msg</c> on failure.
/// </summary>
internal sealed class OAuthEndpoint(string appKey, string appSecret, AccessTokenRegistry tokens)
{
    private long _requestCount;

    public long RequestCount => Interlocked.Read(ref _requestCount);

    public GatewayReply Handle(string path, IReadOnlyDictionary<string, string> parameters, DateTimeOffset now)
    {
        var sequence = Interlocked.Increment(ref _requestCount);
        string? Get(string name) => parameters.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

        if (Get("app_key") != appKey || Get("app_secret") != appSecret)
        {
            return Failure(401, "app_key or app_secret is invalid", sequence);
        }

        var refreshing = path.EndsWith("/refresh_token", StringComparison.Ordinal);
        var grantType = Get("grant_type");
        if (grantType != (refreshing ? "refresh_token" : "authorization_code"))
        {
            return Failure(400, "grant_type is invalid", sequence);
        }

        if (refreshing)
        {
            var refreshed = Get("refresh_token") is { } refreshToken ? tokens.Refresh(refreshToken, now) : null;
            return refreshed is null ? Failure(402, "refresh_token is invalid or expired", sequence) : Success(refreshed);
        }

        var issued = Get("code") is { } code ? tokens.Exchange(code, now) : null;
        return issued is null ? Failure(403, "code is invalid or expired", sequence) : Success(issued);
    }

    private GatewayReply Success(AccessTokenRegistry.TokenEntry token) => new()
    {
        Body = JsonBodies.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("access_token", token.AccessToken);
            w.WriteNumber("expires_in", (long)tokens.TokenLifetime.TotalSeconds);
            w.WriteString("refresh_token", token.RefreshToken);
            w.WriteString("scope", "snsapi_base");
            w.WriteString("open_id", token.OpenId);
            w.WriteString("uid", token.Uid);
            w.WriteNumber("time", token.IssuedAt.ToUnixTimeMilliseconds());
            w.WriteString("token_type", "bearer");
            w.WriteNumber("code", 0);
            w.WriteEndObject();
        }),
    };

    private static GatewayReply Failure(int code, string message, long sequence) => new()
    {
        ErrorCode = code.ToString(CultureInfo.InvariantCulture),
        Body = JsonBodies.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("code", code);
            w.WriteString("msg", message);
            w.WriteString("requestId", "fake" + sequence.ToString("x8", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }),
    };
}
