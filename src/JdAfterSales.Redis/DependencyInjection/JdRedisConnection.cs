using StackExchange.Redis;

namespace JdAfterSales.Redis;

/// <summary>
/// The package's own handle on its Redis connection, so that registering it never replaces (or disposes) an
/// <see cref="IConnectionMultiplexer"/> the app registered for itself. Disposes only a connection it opened.
/// </summary>
internal sealed class JdRedisConnection : IDisposable
{
    private readonly Lazy<IConnectionMultiplexer> _connection;
    private readonly bool _owned;

    public JdRedisConnection(IConnectionMultiplexer connection)
    {
        _connection = new Lazy<IConnectionMultiplexer>(connection);
        _owned = false;
    }

    public JdRedisConnection(ConfigurationOptions configuration)
    {
        // Opened on first use; a Redis that is down at start-up does not stop the app (see the fallbacks).
        _connection = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(configuration), LazyThreadSafetyMode.ExecutionAndPublication);
        _owned = true;
    }

    public IConnectionMultiplexer Multiplexer => _connection.Value;

    public void Dispose()
    {
        if (_owned && _connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }
}
