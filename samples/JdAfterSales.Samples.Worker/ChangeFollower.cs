using JdAfterSales.AfterSales;
using Microsoft.Extensions.Logging;

namespace JdAfterSales.Samples.Worker;

/// <summary>
/// Follows changed service orders with <c>jingdong.asc.sync.list</c>, one window at a time, from the checkpoint the
/// shop's workers share in Redis.
/// </summary>
/// <remarks>
/// <para>
/// A window runs from the checkpoint less <see cref="WorkerOptions.WindowOverlap"/> to now (at most
/// <see cref="WorkerOptions.MaxWindow"/>), so changes JD lists late are seen again; JD lists the oldest change
/// first and each service order in its latest state. Every version of a service order (its <c>sysVersion</c>, or
/// status and update time for closed ones, which carry none) is handled once: a worker skips versions marked handled
/// in Redis, and the jobs lease each item, so two workers walking the same window split it between them.
/// </para>
/// <para>
/// The checkpoint moves as the walk goes, and only past items that are done (here or by another worker since): never
/// beyond the earliest update time of an item held elsewhere or failed and not handled since, nor beyond the last
/// item reached before shutdown; to the window's end when every item is done. It only moves forward, whichever
/// worker gets there first, so a worker that starts (or restarts) mid-run begins where the others are.
/// </para>
/// </remarks>
public sealed class ChangeFollower
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private readonly JdClient _client;
    private readonly RedisSyncState _state;
    private readonly ServiceOrderHandler _handler;
    private readonly WorkerOptions _options;
    private readonly TimeProvider _time;
    private readonly WorkerMetrics _metrics;
    private readonly ILogger _logger;

    /// <summary>Creates the follower.</summary>
    /// <param name="client">The shop's client.</param>
    /// <param name="state">The shared checkpoint and marks.</param>
    /// <param name="handler">Acts on each changed service order.</param>
    /// <param name="options">Window sizes.</param>
    /// <param name="time">The clock.</param>
    /// <param name="metrics">The worker's meter.</param>
    /// <param name="logger">The log.</param>
    public ChangeFollower(JdClient client, RedisSyncState state, ServiceOrderHandler handler, WorkerOptions options, TimeProvider time, WorkerMetrics metrics, ILogger logger)
    {
        _client = client;
        _state = state;
        _handler = handler;
        _options = options;
        _time = time;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Walks one window and moves the checkpoint past what is done.</summary>
    /// <param name="stopping">Stops taking new items (shutdown); the item in hand goes on.</param>
    /// <param name="itemAbandoned">Cancels the item in hand (the shutdown grace ran out): it is left unleased and not done.</param>
    /// <returns>What the window held and what was done.</returns>
    /// <exception cref="JdCoordinationException">Redis could not be reached: nothing was written since.</exception>
    public async Task<WindowResult> RunWindowAsync(CancellationToken stopping, CancellationToken itemAbandoned)
    {
        // JD's times are whole seconds, Beijing time.
        var now = WholeSeconds(_time.GetUtcNow());
        var checkpoint = await _state.ReadCheckpointAsync(itemAbandoned) ?? now - _options.InitialLookback;
        var begin = WholeSeconds(checkpoint - _options.WindowOverlap);
        var end = begin + _options.MaxWindow < now ? begin + _options.MaxWindow : now;
        var listed = new List<ServiceBrief>();
        var request = new ListChangedServicesRequest { UpdateTimeBegin = begin, UpdateTimeEnd = end, PageSize = 50 };
        await foreach (var service in _client.AfterSales.ListAllChangedServicesAsync(request, stopping))
        {
            listed.Add(service);
        }

        _metrics.Window();
        var result = new WindowResult { Begin = begin, End = end, Listed = listed.Count };
        var frontier = new Frontier(_state, result);
        foreach (var service in listed.OrderBy(s => s.UpdateDate).ThenBy(s => s.ServiceId))
        {
            if (stopping.IsCancellationRequested)
            {
                // The rest is not reached: the checkpoint stays at the last item handled.
                result.Stopped = true;
                break;
            }

            var version = ServiceOrderVersion.Of(service);
            var at = service.UpdateDate ?? begin;
            if (await _state.IsHandledAsync(service.ServiceId, version, itemAbandoned))
            {
                result.Skipped++;
                await frontier.PassedAsync(at, itemAbandoned);
                continue;
            }

            ItemResult item;
            try
            {
                item = await _handler.HandleAsync(service, itemAbandoned);
            }
            catch (OperationCanceledException) when (itemAbandoned.IsCancellationRequested)
            {
                // The grace period ran out mid-item: the job released its lease; it is not done, so it is read again.
                result.Stopped = true;
                break;
            }

            result.Writes += item.Writes;
            result.Looked += item.Looked ? 1 : 0;
            if (item.Done)
            {
                await _state.MarkHandledAsync(service.ServiceId, version, itemAbandoned);
                result.Handled++;
            }
            else
            {
                result.NotDone++;
                frontier.NotDone(service.ServiceId, version, at);
            }

            await frontier.PassedAsync(at, itemAbandoned);
        }

        if (!result.Stopped)
        {
            await frontier.PassedAsync(end, itemAbandoned);
        }

        var target = frontier.Checkpoint ?? checkpoint;
        result.Checkpoint = target;
        _metrics.CheckpointLag(now - target);
        if (result.Writes > 0 || result.NotDone > 0)
        {
            // Tells idle workers that a return sweep must run again before the shop counts as quiet.
            await _state.CountWorkAsync(itemAbandoned);
        }

        DateTimeOffset from = begin.ToOffset(Beijing), to = end.ToOffset(Beijing), moved = target.ToOffset(Beijing);
        WorkerLog.WindowWalked(_logger, from, to, result.Listed, result.Handled, result.Skipped, result.NotDone, moved);
        return result;
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
}
