namespace JdAfterSales.Gateway;

/// <summary>
/// Exponential back-off with jitter and a cap on every delay: <c>base × 2^attempt</c>, drawn uniformly from its
/// upper half so concurrent clients spread out, never above <see cref="JdRetryOptions.MaxDelay"/>. JD's rate limit
/// (code 2) starts from a longer base; a server's <c>Retry-After</c> is honoured up to the same cap.
/// </summary>
internal sealed class JdRetryDelays(JdRetryOptions options, Func<double> random)
{
    public TimeSpan For(Exception exception, int attemptNumber)
    {
        var baseDelay = exception is JdRateLimitException ? options.RateLimitedBaseDelay : options.BaseDelay;
        var exponent = Math.Min(attemptNumber, 20);
        var ceiling = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxDelay.TotalMilliseconds);
        var delay = TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * random())));
        if (exception is JdTransportException { RetryAfter: { } retryAfter } && retryAfter > delay)
        {
            delay = retryAfter;
        }

        return delay > options.MaxDelay ? options.MaxDelay : delay;
    }
}
