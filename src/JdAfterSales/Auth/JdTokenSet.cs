using System.Text.Json.Serialization;

namespace JdAfterSales.Auth;

/// <summary>
/// A shop's tokens as an <see cref="IJdTokenStore"/> keeps them. Its <see cref="ToString"/> never shows the tokens.
/// </summary>
public sealed class JdTokenSet
{
    /// <summary>The access token.</summary>
    [JsonPropertyName("accessToken")]
    public required string AccessToken { get; init; }

    /// <summary>The refresh token; <c>null</c> when the shop must authorize again once the access token expires.</summary>
    [JsonPropertyName("refreshToken")]
    public string? RefreshToken { get; init; }

    /// <summary>When the access token expires.</summary>
    [JsonPropertyName("expiresAt")]
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The granted scope.</summary>
    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    /// <summary>The authorizing user's open id.</summary>
    [JsonPropertyName("openId")]
    public string? OpenId { get; init; }

    /// <summary>The authorizing user's id.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    /// <summary>Creates the set to store from an OAuth answer.</summary>
    /// <param name="token">The answer of a code exchange or a refresh.</param>
    /// <param name="previous">The set it replaces: its refresh token is kept when JD sent none.</param>
    /// <returns>The set.</returns>
    public static JdTokenSet FromOAuthToken(JdOAuthToken token, JdTokenSet? previous = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        return FromOAuthToken(token, previous, token.ExpiresAt);
    }

    /// <summary>As <see cref="FromOAuthToken(JdOAuthToken, JdTokenSet?)"/>, with the expiry the token provider decided on.</summary>
    internal static JdTokenSet FromOAuthToken(JdOAuthToken token, JdTokenSet? previous, DateTimeOffset expiresAt)
    {
        return new JdTokenSet
        {
            AccessToken = token.AccessToken,
            RefreshToken = string.IsNullOrEmpty(token.RefreshToken) ? previous?.RefreshToken : token.RefreshToken,
            ExpiresAt = expiresAt,
            Scope = token.Scope ?? previous?.Scope,
            OpenId = token.OpenId ?? previous?.OpenId,
            Uid = token.Uid ?? previous?.Uid,
        };
    }

    /// <summary>Describes the set without revealing the tokens.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdTokenSet (uid {Uid}, scope {Scope}, expires {ExpiresAt:yyyy-MM-dd HH:mm:ss zzz}, tokens ***)";
}
