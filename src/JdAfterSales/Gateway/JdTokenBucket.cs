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
    private bool _retired;

    /// <summary>How long an untouched bucket takes to fill up from empty: after that it is as good as new.</summary>
    public TimeSpan RefillTime { get; } = TimeSpan.FromSeconds(burst / permitsPerSecond);

    /// <summary>Takes a token now if one is there; otherwise reserves the next one and returns how long to wait for it.</summary>
    public TimeSpan Reserve()
    {
        var reserved = TryReserve(out var wait);
        System.Diagnostics.Debug.Assert(reserved, "Only a bucket that was never retired is reserved from unconditionally.");
        return wait;
    }

    /// <summary>
    /// As <see cref="Reserve"/>, unless the bucket was retired by <see cref="TryRetireIfFull"/>: then nothing is
    /// taken and the caller must use the bucket that replaced it.
    /// </summary>
    public bool TryReserve(out TimeSpan wait)
    {
        lock (_gate)
        {
            if (_retired)
            {
                wait = TimeSpan.Zero;
                return false;
            }

            Refill();
            _tokens -= 1;
            wait = _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / permitsPerSecond);
            return true;
        }
    }

    /// <summary>
    /// Retires the bucket when it is full again, so it can be dropped: a new bucket starts full, so replacing a full
    /// one changes nothing. A bucket with tokens still owed (a reservation in the future) is kept.
    /// </summary>
    public bool TryRetireIfFull()
    {
        lock (_gate)
        {
            if (!_retired)
            {
                Refill();
                _retired = _tokens >= burst;
            }

            return _retired;
        }
    }

    private void Refill()
    {
        var now = timeProvider.GetTimestamp();
        var elapsed = timeProvider.GetElapsedTime(_lastRefill, now).TotalSeconds;
        _lastRefill = now;
        _tokens = Math.Min(burst, _tokens + (elapsed * permitsPerSecond));
    }
}
