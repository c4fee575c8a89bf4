using StackExchange.Redis;

namespace JdAfterSales.Samples.Worker;

/// <summary>Opens the shared Redis at start-up, or says plainly how to get one.</summary>
public static class RedisConnection
{
    /// <summary>Connects, failing fast when nothing answers; once open, the connection reconnects by itself.</summary>
    /// <param name="configuration">A StackExchange.Redis configuration string (<c>Worker:Redis</c>).</param>
    /// <returns>The connection, or <c>null</c> after telling the user on stderr how to start a Redis.</returns>
    /// <exception cref="JdValidationException">The configuration string is malformed.</exception>
    public static async Task<ConnectionMultiplexer?> ConnectOrExplainAsync(string configuration)
    {
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException ex)
        {
            // The parser's message may quote the string, and the string may hold a password.
            throw new JdValidationException("Worker:Redis", $"is not a StackExchange.Redis configuration string such as localhost:6379 ({ex.GetType().Name}).");
        }

        options.AbortOnConnectFail = true;
        options.ConnectTimeout = 3000;
        options.ConnectRetry = 1;
        var where = string.Join(", ", options.EndPoints.Select(e => e.ToString()));
        try
        {
            var connection = await ConnectionMultiplexer.ConnectAsync(options);
            await connection.GetDatabase().PingAsync();
            return connection;
        }
        catch (RedisConnectionException ex)
        {
            await Console.Error.WriteLineAsync($"""
                No Redis answered at {where} ({ex.FailureType}).
                The worker keeps its sync checkpoint, work-item leases, OAuth tokens and rate limit in Redis, shared by every instance.
                Start one and run the worker again:
                  redis-server --port 6379
                or
                  docker run -p 6379:6379 redis
                or point the worker at yours: --Worker:Redis=host:port (or the variable Worker__Redis=host:port).
                """);
            return null;
        }
    }
}
