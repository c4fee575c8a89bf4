namespace JdAfterSales.Auth;

/// <summary>
/// The answer of JD's OAuth server to a code exchange or a refresh. Its <see cref="ToString"/> never shows the
/// tokens.
/// </summary>
public sealed class JdOAuthToken
{
    /// <summary>The access token (<c>access_token</c>).</summary>
    public required string AccessToken { get; init; }

    /// <summary>The refresh token (<c>refresh_token</c>).</summary>
    public string? RefreshToken { get; init; }

    /// <summary>How long the access token lives from <see cref="IssuedAt"/> (<c>expires_in</c>, seconds).</summary>
    public TimeSpan ExpiresIn { get; init; }

    /// <summary>When JD issued the token (<c>time</c>, epoch milliseconds), in Beijing time.</summary>
    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>
    /// When the access token expires: <see cref="IssuedAt"/> + <see cref="ExpiresIn"/>, held at
    /// <see cref="DateTimeOffset.MinValue"/> or <see cref="DateTimeOffset.MaxValue"/> when the sum falls outside them.
    /// </summary>
    public DateTimeOffset ExpiresAt =>
        ExpiresIn > TimeSpan.Zero && DateTimeOffset.MaxValue - IssuedAt < ExpiresIn ? DateTimeOffset.MaxValue
        : ExpiresIn < TimeSpan.Zero && IssuedAt - DateTimeOffset.MinValue < -ExpiresIn ? DateTimeOffset.MinValue
        : IssuedAt + ExpiresIn;

    /// <summary>The granted scope (<c>scope</c>, for example <c>snsapi_base</c>).</summary>
    public string? Scope { get; init; }

    /// <summary>The authorizing user's open id (<c>open_id</c>).</summary>
    public string? OpenId { get; init; }

    /// <summary>The authorizing user's id (<c>uid</c>).</summary>
    public string? Uid { get; init; }

    /// <summary>The token type (<c>token_type</c>, <c>bearer</c>).</summary>
    public string? TokenType { get; init; }

    /// <summary>JD's result code (<c>code</c>): 0 on success.</summary>
    public int Code { get; init; }

    /// <summary>Describes the token without revealing it.</summary>
    /// <returns>A description.</returns>
    public override string ToString() => $"JdOAuthToken (uid {Uid}, scope {Scope}, expires {ExpiresAt:yyyy-MM-dd HH:mm:ss zzz}, tokens ***)";
}
