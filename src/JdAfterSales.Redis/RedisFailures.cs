using StackExchange.Redis;

namespace JdAfterSales.Redis;

/// <summary>Turns StackExchange.Redis failures into <see cref="JdCoordinationException"/>, with no key or value in the message.</summary>
internal static class RedisFailures
{
    /// <summary>
    /// Whether a failure of a Redis call means Redis could not be used. Besides its own exceptions, StackExchange.Redis
    /// throws <see cref="ObjectDisposedException"/> from a multiplexer that is disposed or being finalized; every call
    /// site wraps only the Redis call, so that too is an outage with the documented fallback, not an untyped crash.
    /// </summary>
    public static bool IsRedisFailure(Exception exception) => exception is RedisException or RedisTimeoutException or ObjectDisposedException;

    public static JdCoordinationException Unavailable(string what, Exception exception) =>
        new($"Redis could not {what} ({exception.GetType().Name}); see the inner exception.", exception);
}
