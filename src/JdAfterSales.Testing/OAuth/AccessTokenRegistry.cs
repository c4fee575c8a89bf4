using System.Globalization;

namespace JdAfterSales.Testing;

/// <summary>
/// The tokens the gateway accepts: the configured ones (never expire unless told) and those issued through OAuth
/// (expire after <c>expires_in</c> by the gateway clock; a refresh replaces the old access token).
/// </summary>
internal sealed class AccessTokenRegistry
{
    private readonly object _sync = new();
    private readonly Random _random;
    private readonly List<TokenEntry> _tokens = [];
    private readonly List<string> _codes = [];

    /// <summary>How long issued access tokens live.</summary>
    public TimeSpan TokenLifetime { get; }

    public AccessTokenRegistry(IEnumerable<string> configured, int seed, TimeSpan tokenLifetime)
    {
        TokenLifetime = tokenLifetime;
        // Its own Random, so issuing tokens never disturbs the data set; seeded so token values repeat run to run.
        _random = new Random(unchecked(seed * 31) + 7);
        foreach (var token in configured)
        {
            _tokens.Add(new TokenEntry(token, null, null));
        }
    }

    public bool IsValid(string token, DateTimeOffset now)
    {
        lock (_sync)
        {
            var entry = _tokens.Find(t => t.AccessToken == token);
            return entry is not null && !entry.Expired && (entry.ExpiresAt is null || now < entry.ExpiresAt);
        }
    }

    public string IssueCode()
    {
        lock (_sync)
        {
            var code = "code" + NextHex(12);
            _codes.Add(code);
            return code;
        }
    }

    public void Expire(string token)
    {
        lock (_sync)
        {
            foreach (var entry in _tokens.Where(t => t.AccessToken == token))
            {
                entry.Expired = true;
            }
        }
    }

    /// <summary>Exchanges a one-time authorization code for a token pair.</summary>
    public TokenEntry? Exchange(string code, DateTimeOffset now)
    {
        lock (_sync)
        {
            return _codes.Remove(code) ? Issue(now) : null;
        }
    }

    /// <summary>Replaces the token pair of <paramref name="refreshToken"/>; the old access token stops working (code 19).</summary>
    public TokenEntry? Refresh(string refreshToken, DateTimeOffset now)
    {
        lock (_sync)
        {
            // An expired access token does not retire its refresh token: refreshing is how an expired token is replaced.
            var old = _tokens.Find(t => t.RefreshToken == refreshToken);
            if (old is null)
            {
                return null;
            }

            _tokens.Remove(old);
            return Issue(now);
        }
    }

    private TokenEntry Issue(DateTimeOffset now)
    {
        var entry = new TokenEntry(NextHex(32), NextHex(32), now + TokenLifetime) { IssuedAt = now };
        _tokens.Add(entry);
        return entry;
    }

    private string NextHex(int length)
    {
        var text = new char[length];
        for (var i = 0; i < length; i++)
        {
            text[i] = "0123456789abcdef"[_random.Next(16)];
        }

        return new string(text);
    }

    internal sealed class TokenEntry(string accessToken, string? refreshToken, DateTimeOffset? expiresAt)
    {
        public string AccessToken { get; } = accessToken;

        public string? RefreshToken { get; } = refreshToken;

        public DateTimeOffset? ExpiresAt { get; } = expiresAt;

        public DateTimeOffset IssuedAt { get; init; }

        public bool Expired { get; set; }

        public string OpenId => "xo" + AccessToken[..12];

        public string Uid => Convert.ToInt64(AccessToken[..8], 16).ToString(CultureInfo.InvariantCulture);
    }
}
