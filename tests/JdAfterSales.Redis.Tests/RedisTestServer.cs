using StackExchange.Redis;

namespace JdAfterSales.Redis.Tests;

/// <summary>Connections to the test Redis, each test under a key prefix of its own so runs never see each other.</summary>
internal static class RedisTestServer
{
    /// <summary>A port nothing listens on: Redis "down".</summary>
    public const string Unreachable = "127.0.0.1:1,abortConnect=false,connectTimeout=200,syncTimeout=300,asyncTimeout=300,connectRetry=0";

    public static string Endpoint
    {
        get
        {
            var endpoint = Environment.GetEnvironmentVariable(RedisFactAttribute.Variable);
            Assert.False(string.IsNullOrWhiteSpace(endpoint), $"CI=true but {RedisFactAttribute.Variable} is not set: .ci/run must start redis-server and export it.");
            return endpoint!;
        }
    }

    public static ConnectionMultiplexer Connect() => ConnectionMultiplexer.Connect(Endpoint);

    public static ConnectionMultiplexer ConnectUnreachable() => ConnectionMultiplexer.Connect(Unreachable);

    public static JdRedisOptions Options() => new() { KeyPrefix = $"jdaftersales-test:{Guid.NewGuid():N}:" };

    /// <summary>Deletes every key under the prefix.</summary>
    public static async Task CleanAsync(IConnectionMultiplexer redis, JdRedisOptions options)
    {
        var server = redis.GetServers()[0];
        var db = redis.GetDatabase();
        await foreach (var key in server.KeysAsync(pattern: options.KeyPrefix + "*"))
        {
            await db.KeyDeleteAsync(key);
        }
    }
}
