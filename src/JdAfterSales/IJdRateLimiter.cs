namespace JdAfterSales;

/// <summary>
/// Decides when a call may go, so the app stays under JD's call quotas (per app and per shop). <see cref="JdClient"/>
/// asks it once per call, before the access token and the first attempt; retries of the call do not ask again.
/// The default is <see cref="Gateway.JdLocalRateLimiter"/> (this process's own buckets); a distributed implementation
/// (for example the one in <c>JdAfterSales.Redis</c>) shares one limit among instances.
/// </summary>
/// <remarks>Implementations must be safe to call concurrently and should not fail a call because their own state is
/// unreachable: fall back to a local limit instead, as the Redis limiter does.</remarks>
public interface IJdRateLimiter
{
    /// <summary>Waits until a call for <paramref name="shopId"/> may be sent, and takes its permit.</summary>
    /// <param name="shopId">The shop the call acts for; <c>null</c> for the client's default shop.</param>
    /// <param name="cancellationToken">Cancels the wait; the permit may then be lost.</param>
    /// <returns>How long the call waited (<see cref="TimeSpan.Zero"/> when it could go at once).</returns>
    ValueTask<TimeSpan> WaitAsync(string? shopId, CancellationToken cancellationToken);
}
