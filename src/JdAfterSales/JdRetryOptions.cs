namespace JdAfterSales;

/// <summary>
/// How a call is retried. Reads are retried after transport failures, timeouts, HTTP 408/429/5xx and JD's
/// transient gateway codes (1, 23, 43, 65, 66, 67, 69, and 2 with a longer back-off). Writes are retried only when
/// the request provably never left (connection refused, name not resolved). A call refused with code 19 (access
/// token invalid) by a token provider that can refresh is sent once more with a renewed token, read or write (JD
/// refused it before running it); that resend is one of the retries and runs within the same deadline.
/// </summary>
public sealed class JdRetryOptions
{
    /// <summary>
    /// Retries after the first attempt, the resend after a token renewal (code 19) included (3 unless set; 0 turns
    /// retries off, and a code 19 then surfaces after the token is invalidated, so the next call renews it).
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off; each later one doubles, with jitter (500 ms unless set).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The first back-off after JD's "App Call Limited" (code 2), doubling after that (5 s unless set).</summary>
    public TimeSpan RateLimitedBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest single wait, whatever the back-off or a server's <c>Retry-After</c> asks (30 s unless set).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The deadline for a whole call, every attempt and wait included (2 minutes unless set). When it passes the call
    /// fails with <see cref="JdTimeoutException"/>.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    internal JdRetryOptions Clone() => (JdRetryOptions)MemberwiseClone();
}
