using JdAfterSales.Automation;
using Microsoft.Extensions.Logging;

namespace JdAfterSales.Samples.Worker;

/// <summary>
/// The jobs that look at the whole shop rather than at changes, each run by one of the workers per interval (a slot
/// claimed in Redis): the deadline watch, and the return sweep, which finds returns a courier signed for (that
/// changes the parcel's trace, not the service order, so <c>sync.list</c> does not list it).
/// </summary>
public sealed class PeriodicJobs
{
    private readonly DeadlineWatch _watch;
    private readonly ReturnCompletion _returns;
    private readonly RedisSyncState _state;
    private readonly IJdWorkItemLeases _leases;
    private readonly string _quietSweepKey;
    private readonly WorkerOptions _options;
    private readonly TimeProvider _time;
    private readonly WorkerMetrics _metrics;
    private readonly ILogger _logger;
    private readonly HashSet<(long ServiceId, bool Overdue)> _warned = [];

    /// <summary>Creates the jobs.</summary>
    /// <param name="watch">The deadline watch.</param>
    /// <param name="returns">Return completion (with the shared leases).</param>
    /// <param name="state">The shared slots and work counters.</param>
    /// <param name="leases">The shared leases (one quiet sweep at a time).</param>
    /// <param name="shopId">The shop.</param>
    /// <param name="options">Intervals and mode.</param>
    /// <param name="time">The clock.</param>
    /// <param name="metrics">The worker's meter.</param>
    /// <param name="logger">The log.</param>
    public PeriodicJobs(DeadlineWatch watch, ReturnCompletion returns, RedisSyncState state, IJdWorkItemLeases leases, string shopId, WorkerOptions options, TimeProvider time, WorkerMetrics metrics, ILogger logger)
    {
        _watch = watch;
        _returns = returns;
        _state = state;
        _leases = leases;
        _quietSweepKey = "worker-task:quiet-sweep:" + shopId;
        _options = options;
        _time = time;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>Runs whichever job is due and not claimed by another worker.</summary>
    /// <param name="wantQuietSweep">
    /// Run-until-idle: this worker's window is quiet but no sweep has run since the last work anyone did, so a sweep
    /// is wanted now (one worker at a time, under a lease) rather than at the next interval.
    /// </param>
    /// <param name="itemAbandoned">Cancels the job in hand (the shutdown grace ran out).</param>
    /// <returns>Whether a sweep ran and found work (a write, or a return someone still holds).</returns>
    /// <exception cref="JdCoordinationException">Redis could not be reached.</exception>
    public async Task<bool> RunDueAsync(bool wantQuietSweep, CancellationToken itemAbandoned)
    {
        var now = _time.GetUtcNow();
        if (await _state.TryClaimRunAsync("deadline-watch", now, _options.DeadlineWatchInterval, itemAbandoned))
        {
            await WatchDeadlinesAsync(itemAbandoned);
        }

        if (await _state.TryClaimRunAsync("return-sweep", now, _options.ReturnSweepInterval, itemAbandoned))
        {
            return await SweepReturnsAsync(itemAbandoned);
        }

        if (!wantQuietSweep)
        {
            return false;
        }

        await using var lease = await _leases.TryAcquireAsync(_quietSweepKey, _options.LeaseDuration, itemAbandoned);
        return lease is not null && await SweepReturnsAsync(itemAbandoned);
    }

    private async Task WatchDeadlinesAsync(CancellationToken cancellationToken)
    {
        var items = await _watch.ListAsync(cancellationToken: cancellationToken);
        var urgent = 0;
        var overdue = 0;
        foreach (var item in items.Where(i => i.IsUrgent))
        {
            overdue += item.IsOverdue ? 1 : 0;
            urgent += item.IsOverdue ? 0 : 1;

            // Each service order is raised once per level per worker, not at every watch.
            if (!_warned.Add((item.ServiceId, item.IsOverdue)))
            {
                continue;
            }

            if (item.IsOverdue)
            {
                WorkerLog.DeadlineOverdue(_logger, item.ServiceId, item.OrderId ?? 0, (long)-(item.TimeLeft ?? TimeSpan.Zero).TotalMinutes);
                _metrics.DeadlineWarning("overdue");
            }
            else
            {
                WorkerLog.DeadlineUrgent(_logger, item.ServiceId, item.OrderId ?? 0, (long)(item.TimeLeft ?? TimeSpan.Zero).TotalMinutes, (item.Deadline ?? DateTimeOffset.MinValue).ToOffset(TimeSpan.FromHours(8)));
                _metrics.DeadlineWarning("urgent");
            }
        }

        _metrics.Pending(urgent, overdue);
        WorkerLog.DeadlineWatch(_logger, items.Count, urgent, overdue);
    }

    private async Task<bool> SweepReturnsAsync(CancellationToken cancellationToken)
    {
        var workCount = await _state.ReadWorkCountAsync(cancellationToken);
        var items = _options.Apply
            ? await _returns.RunAsync(cancellationToken: cancellationToken)
            : await _returns.PreviewAsync(cancellationToken: cancellationToken);
        var receipts = items.Count(i => i.RegisteredReceipt);
        var refunds = items.Count(i => i.ApprovedRefund);
        var held = items.Count(i => i.Outcome == ReturnCompletionOutcome.HeldElsewhere);
        var failed = items.Count(i => i.Outcome == ReturnCompletionOutcome.Failed);
        foreach (var item in items.Where(i => ServiceOrderHandler.ReturnWrites(i) > 0))
        {
            var detail = item.RegisteredReceipt ? ": receipt registered" + (item.ApprovedRefund ? ", refund approved" : "") : ": refund approved";
            var outcome = item.Outcome.ToString();
            WorkerLog.ItemWritten(_logger, item.ServiceId, "sweep", "return", outcome, detail);
            for (var i = 0; i < ServiceOrderHandler.ReturnWrites(item); i++)
            {
                _metrics.Write("return");
            }
        }

        WorkerLog.ReturnSweep(_logger, items.Count, receipts, refunds, held, failed);
        var foundWork = receipts + refunds + held + failed > 0;
        if (foundWork)
        {
            await _state.CountWorkAsync(cancellationToken);
        }
        else
        {
            await _state.RecordCleanSweepAsync(workCount, cancellationToken);
        }

        return foundWork;
    }
}
