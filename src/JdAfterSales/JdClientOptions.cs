using JdAfterSales.Gateway;

namespace JdAfterSales;

/// <summary>
/// Settings of a <see cref="JdClient"/>: one per JD app. Bind them from configuration (section <c>JdAfterSales</c>)
/// or set them in code; they are validated and copied when the client is built, so later changes do not affect it.
/// </summary>
public sealed class JdClientOptions
{
    /// <summary>The configuration section the options bind from by default.</summary>
    public const string SectionName = "JdAfterSales";

    /// <summary>The largest <see cref="MaxResponseBytes"/> accepted (1 GiB): far above any JD answer, and a size arrays and the pool still handle.</summary>
    internal const int MaxResponseBytesLimit = 1 << 30;

    /// <summary>JD issues 32 hex characters; anything this short is a placeholder or a typo, and too short to mask safely.</summary>
    internal const int MinAppSecretLength = 16;

    internal const int MaxAppSecretLength = 256;

    /// <summary>
    /// Polly's timeout strategy takes 10 ms to 1 day, and refuses anything else when the client is built (in dependency
    /// injection: on first resolve, after the host started). Every timeout and wait is held to the same range here, so
    /// the error is a <see cref="JdValidationException"/> naming the option, at start-up.
    /// </summary>
    internal static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);

    /// <inheritdoc cref="ShortestTimeout"/>
    internal static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private const double MinPermitsPerSecond = 0.001;

    private const double MaxPermitsPerSecond = 1_000_000;

    private const int MaxBurst = 1_000_000;

    /// <summary>The app key JD issued (required).</summary>
    public string AppKey { get; set; } = string.Empty;

    /// <summary>
    /// The app secret JD issued (required; 16 to 256 printable ASCII characters, JD issues 32 hex characters). Never
    /// logged and never part of an exception.
    /// </summary>
    public string AppSecret { get; set; } = string.Empty;

    /// <summary>
    /// A fixed access token for a single shop, used when no <see cref="Auth.IJdAccessTokenProvider"/> is given.
    /// Never logged and never part of an exception.
    /// </summary>
    public string? AccessToken { get; set; }

    /// <summary>The routerjson gateway: <see cref="JdGateways.Production"/> unless set (pre-release, or a fake gateway in tests).</summary>
    public Uri Gateway { get; set; } = JdGateways.Production;

    /// <summary>The signing algorithm (MD5 unless set).</summary>
    public JdSignMethod SignMethod { get; set; } = JdSignMethod.Md5;

    /// <summary>How long one attempt may take, from sending to the last byte of the answer (30 seconds unless set).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest answer read, in bytes (4 MiB unless set); a larger one fails as a contract error.</summary>
    public int MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The deepest JSON nesting read (64 unless set).</summary>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>How calls are retried; see <see cref="JdRetryOptions"/>.</summary>
    public JdRetryOptions Retry { get; set; } = new();

    /// <summary>The optional client-side rate limit (off unless enabled); see <see cref="JdRateLimitOptions"/>.</summary>
    public JdRateLimitOptions RateLimit { get; set; } = new();

    /// <summary>The shop's vender id, sent as <c>buId</c> on after-sales calls unless a call names another.</summary>
    public string? VenderId { get; set; }

    /// <summary>The operator's JD account, sent as <c>operatePin</c> on after-sales calls unless a call names another.</summary>
    public string? OperatorPin { get; set; }

    /// <summary>The operator's display name, sent as <c>operateNick</c> on after-sales calls unless a call names another.</summary>
    public string? OperatorNick { get; set; }

    /// <summary>Checks every setting and throws for the first one that is missing or malformed.</summary>
    /// <exception cref="JdValidationException">A setting is invalid; <see cref="JdValidationException.Field"/> names it.</exception>
    public void Validate()
    {
        foreach (var (field, rule) in GetErrors())
        {
            throw new JdValidationException(field, rule);
        }
    }

    /// <summary>Returns every invalid setting with the rule it breaks (empty when all are valid).</summary>
    /// <returns>The problems, as option name and rule.</returns>
    public IReadOnlyList<KeyValuePair<string, string>> GetErrors()
    {
        var errors = new List<KeyValuePair<string, string>>();
        void Add(string option, string rule) => errors.Add(new($"{nameof(JdClientOptions)}.{option}", rule));

        if (string.IsNullOrWhiteSpace(AppKey))
        {
            Add(nameof(AppKey), "is required: the app key JD issued.");
        }
        else if (!IsPrintableAscii(AppKey))
        {
            Add(nameof(AppKey), "must be printable ASCII without spaces.");
        }

        if (string.IsNullOrWhiteSpace(AppSecret))
        {
            Add(nameof(AppSecret), "is required: the app secret JD issued.");
        }
        else if (AppSecret.Length is < MinAppSecretLength or > MaxAppSecretLength || !IsPrintableAscii(AppSecret))
        {
            // The rule only, never the value or its length: this message is logged.
            Add(nameof(AppSecret), $"must be {MinAppSecretLength} to {MaxAppSecretLength} printable ASCII characters without spaces (JD issues 32 hex characters).");
        }

        if (AccessToken is not null && AccessToken.Length > 0 && !IsPrintableAscii(AccessToken))
        {
            Add(nameof(AccessToken), "must be printable ASCII without spaces.");
        }

        if (Gateway is null)
        {
            Add(nameof(Gateway), "is required.");
        }
        else if (!Gateway.IsAbsoluteUri)
        {
            Add(nameof(Gateway), "must be an absolute URI such as https://api.jd.com/routerjson.");
        }
        else if (Gateway.Scheme != Uri.UriSchemeHttps && Gateway.Scheme != Uri.UriSchemeHttp)
        {
            Add(nameof(Gateway), "must use http or https.");
        }

        if (!Enum.IsDefined(SignMethod))
        {
            Add(nameof(SignMethod), "must be Md5, HmacMd5 or HmacSha256.");
        }

        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            Add(nameof(Timeout), "must be positive.");
        }
        else if (Timeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            Add(nameof(Timeout), "must be finite: JD's own SDKs that wait forever hang production services.");
        }
        else if (Timeout < ShortestTimeout || Timeout > LongestWait)
        {
            Add(nameof(Timeout), "must be between 10 ms and 1 day.");
        }

        if (MaxResponseBytes <= 0)
        {
            Add(nameof(MaxResponseBytes), "must be positive.");
        }
        else if (MaxResponseBytes > MaxResponseBytesLimit)
        {
            Add(nameof(MaxResponseBytes), "must be at most 1 GiB (1073741824 bytes).");
        }

        if (MaxJsonDepth is < 4 or > 1024)
        {
            Add(nameof(MaxJsonDepth), "must be between 4 and 1024.");
        }

        AddRetryErrors(Add);
        AddRateLimitErrors(Add);
        return errors;
    }

    internal JdClientOptions Clone()
    {
        var copy = (JdClientOptions)MemberwiseClone();
        copy.Retry = Retry?.Clone()!;
        copy.RateLimit = RateLimit?.Clone()!;
        return copy;
    }

    private void AddRetryErrors(Action<string, string> add)
    {
        if (Retry is null)
        {
            add(nameof(Retry), "is required (set MaxRetries to 0 to turn retries off).");
            return;
        }

        if (Retry.MaxRetries is < 0 or > 10)
        {
            add($"{nameof(Retry)}.{nameof(JdRetryOptions.MaxRetries)}", "must be between 0 and 10.");
        }

        // Back-off delays are computed in milliseconds and waited on the time provider: a day is far beyond any useful
        // wait and keeps both the arithmetic and the timers in range.
        if (Retry.BaseDelay <= TimeSpan.Zero || Retry.BaseDelay > LongestWait)
        {
            add($"{nameof(Retry)}.{nameof(JdRetryOptions.BaseDelay)}", "must be positive and at most 1 day.");
        }

        if (Retry.RateLimitedBaseDelay <= TimeSpan.Zero || Retry.RateLimitedBaseDelay > LongestWait)
        {
            add($"{nameof(Retry)}.{nameof(JdRetryOptions.RateLimitedBaseDelay)}", "must be positive and at most 1 day.");
        }

        if (Retry.MaxDelay < Retry.BaseDelay)
        {
            add($"{nameof(Retry)}.{nameof(JdRetryOptions.MaxDelay)}", "must be at least BaseDelay.");
        }
        else if (Retry.MaxDelay > LongestWait)
        {
            add($"{nameof(Retry)}.{nameof(JdRetryOptions.MaxDelay)}", "must be at most 1 day.");
        }

        if (Retry.TotalTimeout <= TimeSpan.Zero || Retry.TotalTimeout == System.Threading.Timeout.InfiniteTimeSpan)
        {
            add($"{nameof(Retry)}.{nameof(JdRetryOptions.TotalTimeout)}", "must be positive and finite.");
        }
        else if (Retry.TotalTimeout < ShortestTimeout || Retry.TotalTimeout > LongestWait)
        {
            add($"{nameof(Retry)}.{nameof(JdRetryOptions.TotalTimeout)}", "must be between 10 ms and 1 day (the range Polly's timeout takes).");
        }
        else if (Retry.TotalTimeout < Timeout)
        {
            add($"{nameof(Retry)}.{nameof(JdRetryOptions.TotalTimeout)}", "must be at least Timeout (one attempt must fit in the deadline).");
        }
    }

    private void AddRateLimitErrors(Action<string, string> add)
    {
        if (RateLimit is null)
        {
            add(nameof(RateLimit), "is required (leave Enabled false to turn it off).");
            return;
        }

        if (!RateLimit.Enabled)
        {
            return;
        }

        AddRateErrors(add, nameof(JdRateLimitOptions.AppPermitsPerSecond), RateLimit.AppPermitsPerSecond);
        AddRateErrors(add, nameof(JdRateLimitOptions.ShopPermitsPerSecond), RateLimit.ShopPermitsPerSecond);
        AddBurstErrors(add, nameof(JdRateLimitOptions.AppBurst), RateLimit.AppBurst);
        AddBurstErrors(add, nameof(JdRateLimitOptions.ShopBurst), RateLimit.ShopBurst);
    }

    /// <summary>
    /// A rate is turned into a wait of <c>1 / rate</c> seconds per permit: below one permit per 1,000 seconds the
    /// waits leave the range of timers (1e-300 overflows outright), and no quota of JD's is above a million a second.
    /// </summary>
    private static void AddRateErrors(Action<string, string> add, string option, double permitsPerSecond)
    {
        if (!(permitsPerSecond >= MinPermitsPerSecond && permitsPerSecond <= MaxPermitsPerSecond))
        {
            add($"{nameof(RateLimit)}.{option}", "must be a number between 0.001 and 1000000 (permits per second).");
        }
    }

    private static void AddBurstErrors(Action<string, string> add, string option, int burst)
    {
        if (burst is < 1 or > MaxBurst)
        {
            add($"{nameof(RateLimit)}.{option}", "must be between 1 and 1000000.");
        }
    }

    private static bool IsPrintableAscii(string value)
    {
        foreach (var c in value)
        {
            if (c is <= ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
