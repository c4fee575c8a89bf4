using StackExchange.Redis;

namespace JdAfterSales.Redis;

/// <summary>Turns StackExchange.Redis failures into <see cref="JdCoordinationException"/>, with no key or value in the message.</summary>
internal static class RedisFailures
{
    public static bool IsRedisFailure(Exception exception) => exception is RedisException or RedisTimeoutException;

    public static JdCoordinationException Unavailable(string what, Exception exception) =>
        new($"Redis could not {what} ({exception.GetType().Name}); see the inner exception.", exception);
}
