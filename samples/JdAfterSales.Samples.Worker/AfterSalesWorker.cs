using JdAfterSales.Automation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JdAfterSales.Samples.Worker;

/// <summary>
/// Runs the after-sales desk continuously: a <c>sync.list</c> window, then whichever periodic job is due, then
/// again at once while there was work, or after <see cref="WorkerOptions.PollInterval"/> when there was none.
/// </summary>
/// <remarks>
/// Shutdown (Ctrl+C, SIGTERM) stops taking new items; the item in hand finishes, or after
/// <see cref="WorkerOptions.ShutdownGrace"/> is cancelled, its lease released and, not being done, it stays before
/// the checkpoint for the next worker. A worker that is killed outright leaves its leases to expire. While Redis
/// cannot be reached nothing is leased, so nothing is written: the worker pauses and tries again.
/// </remarks>
public sealed class AfterSalesWorker : BackgroundService
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    private readonly ChangeFollower _follower;
    private readonly PeriodicJobs _periodic;
    private readonly RedisSyncState _state;
    private readonly WorkerOptions _options;
    private readonly TimeProvider _time;
    private readonly WorkerMetrics _metrics;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger _logger;

    /// <summary>Creates the worker.</summary>
    /// <param name="follower">Walks the windows.</param>
    /// <param name="periodic">The deadline watch and the return sweep.</param>
    /// <param name="state">The shared state (for the run-until-idle check).</param>
    /// <param name="options">Intervals and mode.</param>
    /// <param name="time">The clock.</param>
    /// <param name="metrics">The worker's meter.</param>
    /// <param name="lifetime">Stops the host when idle in run-until-idle mode.</param>
    /// <param name="logger">The log.</param>
    public AfterSalesWorker(ChangeFollower follower, PeriodicJobs periodic, RedisSyncState state, WorkerOptions options, TimeProvider time, WorkerMetrics metrics, IHostApplicationLifetime lifetime, ILogger<AfterSalesWorker> logger)
    {
        _follower = follower;
        _periodic = periodic;
        _state = state;
        _options = options;
        _time = time;
        _metrics = metrics;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Created on the worker's clock, so CancelAfter below counts the grace period on it too.
        using var abandon = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        using var onStop = stoppingToken.Register(() =>
        {
            WorkerLog.Stopping(_logger);
#pragma warning disable RS0030 // CancelAfter on a source made with a TimeProvider uses that provider.
            abandon.CancelAfter(_options.ShutdownGrace);
#pragma warning restore RS0030
        });

        var idleCycles = 0;
        var pause = _options.PollInterval;
        var items = 0;
        var writes = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var busy = false;
            try
            {
                var window = await _follower.RunWindowAsync(stoppingToken, abandon.Token);
                items += window.Handled;
                writes += window.Writes;
                if (window.Stopped)
                {
                    break;
                }

                var wantQuietSweep = _options.RunUntilIdle && window.IsQuiet && !await _state.IsQuietAsync(abandon.Token);
                var sweepFoundWork = await _periodic.RunDueAsync(wantQuietSweep, abandon.Token);
                busy = window.Looked > 0 || window.Writes > 0 || sweepFoundWork;
                pause = _options.PollInterval;
                if (_options.RunUntilIdle)
                {
                    idleCycles = window.IsQuiet && !sweepFoundWork && await _state.IsQuietAsync(abandon.Token) ? idleCycles + 1 : 0;
                    if (idleCycles >= _options.IdleCyclesToStop)
                    {
                        WorkerLog.Idle(_logger, items, writes);
                        _lifetime.StopApplication();
                        return;
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (JdCoordinationException e)
            {
                // No lease, no write: wait for Redis rather than risk writing an item twice.
                _metrics.Paused();
                pause = pause * 2 < MaxPause ? pause * 2 : MaxPause;
                WorkerLog.Paused(_logger, e.Message, (long)pause.TotalMilliseconds);
            }
            catch (JdException e)
            {
                pause = pause * 2 < MaxPause ? pause * 2 : MaxPause;
                WorkerLog.CycleFailed(_logger, $"{e.GetType().Name}: {e.Message}", (long)pause.TotalMilliseconds);
            }
            catch (AuditRulesException e)
            {
                // The rules name reasons JD does not know: nothing can be applied until the file is fixed.
                WorkerLog.RulesRejected(_logger, e.Message);
                Environment.ExitCode = 2;
                _lifetime.StopApplication();
                return;
            }

            if (!busy)
            {
                try
                {
                    await Task.Delay(pause, _time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }
}
