using System.Globalization;
using StackExchange.Redis;

namespace JdAfterSales.Samples.Worker;

/// <summary>
/// What the workers of one shop share in Redis besides the SDK's leases, tokens and rate limit: the
/// <c>sync.list</c> checkpoint, which version of which service order was handled, and two counters that tell a
/// worker in run-until-idle mode whether a return sweep has run since the last work anyone did. Keys hold shop and
/// service-order ids only. Every Redis failure is a <see cref="JdCoordinationException"/>: the worker pauses.
/// </summary>
public sealed class RedisSyncState
{
    // Moves the checkpoint forward only: two workers finishing windows in either order leave the later one.
    private const string AdvanceScript = """
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        if tonumber(ARGV[1]) > current then
          redis.call('SET', KEYS[1], ARGV[1])
          return 1
        end
        return 0
        """;

    // Claims a periodic task's slot when it is due: one worker per slot, whoever asks first.
    private const string ClaimScript = """
        local due = tonumber(redis.call('GET', KEYS[1]) or '0')
        if tonumber(ARGV[1]) >= due then
          redis.call('SET', KEYS[1], ARGV[2])
          return 1
        end
        return 0
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly string _keys;
    private readonly TimeSpan _markerLifetime;

    /// <summary>Creates the state of one shop.</summary>
    /// <param name="redis">The connection.</param>
    /// <param name="keyPrefix">The prefix the shop's workers share.</param>
    /// <param name="shopId">The shop.</param>
    /// <param name="markerLifetime">How long a "handled" mark is kept.</param>
    /// <param name="readOnly">
    /// A read-only worker keeps a checkpoint and marks of its own, so that what it only previewed is not skipped by a
    /// worker that applies.
    /// </param>
    public RedisSyncState(IConnectionMultiplexer redis, string keyPrefix, string shopId, TimeSpan markerLifetime, bool readOnly)
    {
        ArgumentNullException.ThrowIfNull(redis);
        _redis = redis;

        // The shop in braces is Redis Cluster's hash tag: one shop's keys live together.
        _keys = $"{keyPrefix}{(readOnly ? "worker-preview" : "worker")}:{{{shopId}}}:";
        _markerLifetime = markerLifetime;
    }

    /// <summary>The checkpoint's key, for tests and operators.</summary>
    public string CheckpointKey => _keys + "checkpoint";

    private IDatabase Db => _redis.GetDatabase();

    /// <summary>Where the next window starts (before the overlap), or <c>null</c> before the first window.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The checkpoint.</returns>
    public async Task<DateTimeOffset?> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        var value = await RunAsync("read the checkpoint", db => db.StringGetAsync(CheckpointKey), cancellationToken);
        return value.IsNullOrEmpty ? null : DateTimeOffset.FromUnixTimeMilliseconds(long.Parse((string)value!, CultureInfo.InvariantCulture));
    }

    /// <summary>Moves the checkpoint to <paramref name="to"/> unless it is already later.</summary>
    /// <param name="to">Every change before this instant was handled.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns><c>true</c> when it moved.</returns>
    public async Task<bool> AdvanceCheckpointAsync(DateTimeOffset to, CancellationToken cancellationToken)
    {
        var moved = await RunAsync(
            "move the checkpoint",
            db => db.ScriptEvaluateAsync(AdvanceScript, [CheckpointKey], [to.ToUnixTimeMilliseconds()]),
            cancellationToken);
        return (long)moved == 1;
    }

    /// <summary>Whether this version of the service order was handled (by any worker).</summary>
    /// <param name="serviceId">The service order.</param>
    /// <param name="version">Its version as listed (<see cref="ServiceOrderVersion.Of"/>).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns><c>true</c> when it was.</returns>
    public async Task<bool> IsHandledAsync(long serviceId, string version, CancellationToken cancellationToken)
    {
        var value = await RunAsync("read a handled mark", db => db.StringGetAsync(HandledKey(serviceId)), cancellationToken);
        return value == version;
    }

    /// <summary>Marks this version of the service order handled.</summary>
    /// <param name="serviceId">The service order.</param>
    /// <param name="version">Its version as listed.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when the mark is stored.</returns>
    public Task MarkHandledAsync(long serviceId, string version, CancellationToken cancellationToken) =>
        RunAsync("store a handled mark", db => db.StringSetAsync(HandledKey(serviceId), version, _markerLifetime), cancellationToken);

    /// <summary>Counts one more moment of work (a write, or an item someone still holds); returns the new count.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The work count.</returns>
    public Task<long> CountWorkAsync(CancellationToken cancellationToken) =>
        RunAsync("count work", db => db.StringIncrementAsync(_keys + "work-epoch"), cancellationToken);

    /// <summary>The work count now.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The work count.</returns>
    public async Task<long> ReadWorkCountAsync(CancellationToken cancellationToken) =>
        (long?)await RunAsync("read the work count", db => db.StringGetAsync(_keys + "work-epoch"), cancellationToken) ?? 0;

    /// <summary>Records that a return sweep that began at work count <paramref name="workCount"/> found nothing to do.</summary>
    /// <param name="workCount">The work count when the sweep began.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when it is stored.</returns>
    public Task RecordCleanSweepAsync(long workCount, CancellationToken cancellationToken) =>
        RunAsync(
            "record a clean sweep",
            db => db.ScriptEvaluateAsync(AdvanceScript, [_keys + "clean-sweep-epoch"], [workCount]),
            cancellationToken);

    /// <summary>Whether a return sweep found nothing to do after the last work anyone did.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns><c>true</c> when the shop is quiet.</returns>
    public async Task<bool> IsQuietAsync(CancellationToken cancellationToken)
    {
        var values = await RunAsync("read the work counts", db => db.StringGetAsync([_keys + "work-epoch", _keys + "clean-sweep-epoch"]), cancellationToken);
        var work = (long?)values[0] ?? 0;
        var cleanSweep = (long?)values[1];
        return cleanSweep is { } swept && swept >= work;
    }

    /// <summary>
    /// Claims the next run of a periodic task for this worker: <c>true</c> (and the next run is due
    /// <paramref name="interval"/> from now) when it was due, <c>false</c> when another worker has the current slot.
    /// </summary>
    /// <param name="task">The task's name.</param>
    /// <param name="now">The time now.</param>
    /// <param name="interval">How long until the next run is due.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>Whether this worker runs it now.</returns>
    public async Task<bool> TryClaimRunAsync(string task, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken)
    {
        var claimed = await RunAsync(
            "claim a periodic task",
            db => db.ScriptEvaluateAsync(ClaimScript, [_keys + "due:" + task], [now.ToUnixTimeMilliseconds(), (now + interval).ToUnixTimeMilliseconds()]),
            cancellationToken);
        return (long)claimed == 1;
    }

    /// <summary>Deletes every key under the prefix (the demo's own, per run).</summary>
    /// <param name="keyPrefix">The prefix.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>How many keys were deleted.</returns>
    public async Task<int> DeleteAllAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var server in _redis.GetServers())
        {
            await foreach (var key in server.KeysAsync(pattern: keyPrefix + "*").WithCancellation(cancellationToken))
            {
                deleted += await Db.KeyDeleteAsync(key) ? 1 : 0;
            }
        }

        return deleted;
    }

    private string HandledKey(long serviceId) => _keys + "handled:" + serviceId.ToString(CultureInfo.InvariantCulture);

    private async Task<T> RunAsync<T>(string what, Func<IDatabase, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation(Db).WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            throw new JdCoordinationException($"Redis could not {what} ({ex.GetType().Name}).", ex);
        }
    }
}
