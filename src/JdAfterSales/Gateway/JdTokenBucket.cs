namespace JdAfterSales.Gateway;

/// <summary>
/// A token bucket on a <see cref="TimeProvider"/>: tokens refill continuously at a rate up to a burst size; a
/// caller takes one, waiting when none is left. Time-driven rather than timer-driven, so fake time tests it.
/// </summary>
internal sealed class JdTokenBucket(double permitsPerSecond, int burst, TimeProvider timeProvider)
{
    private readonly object _gate = new();
    private double _tokens = burst;
    private long _lastRefill = timeProvider.GetTimestamp();

    /// <summary>Takes a token now if one is there; otherwise reserves the next one and returns how long to wait for it.</summary>
    public TimeSpan Reserve()
    {
        lock (_gate)
        {
            var now = timeProvider.GetTimestamp();
            var elapsed = timeProvider.GetElapsedTime(_lastRefill, now).TotalSeconds;
            _lastRefill = now;
            _tokens = Math.Min(burst, _tokens + (elapsed * permitsPerSecond));
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / permitsPerSecond);
        }
    }
}
