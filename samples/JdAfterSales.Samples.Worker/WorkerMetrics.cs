using System.Diagnostics.Metrics;

namespace JdAfterSales.Samples.Worker;

/// <summary>
/// The worker's own meter, <c>JdAfterSales.Samples.Worker</c> (the SDK's calls are on the <c>JdAfterSales</c> meter):
/// add it to OpenTelemetry with <c>.AddMeter(WorkerMetrics.MeterName)</c>.
/// </summary>
public sealed class WorkerMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "JdAfterSales.Samples.Worker";

    private readonly Meter _meter;
    private readonly Counter<long> _windows;
    private readonly Counter<long> _items;
    private readonly Counter<long> _writes;
    private readonly Counter<long> _deadlineWarnings;
    private readonly Counter<long> _pauses;
    private int _pendingUrgent;
    private int _pendingOverdue;
    private double _checkpointLagSeconds;

    /// <summary>Creates the instruments.</summary>
    /// <param name="meterFactory">The host's meter factory.</param>
    public WorkerMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _windows = _meter.CreateCounter<long>("jdaftersales.worker.sync.windows", "{window}", "sync.list windows walked");
        _items = _meter.CreateCounter<long>("jdaftersales.worker.items", "{item}", "Changed service orders looked at, by outcome");
        _writes = _meter.CreateCounter<long>("jdaftersales.worker.writes", "{write}", "Writes this worker made, by kind");
        _deadlineWarnings = _meter.CreateCounter<long>("jdaftersales.worker.deadline.warnings", "{warning}", "Pending service orders near or past JD's 24-hour answer deadline, first seen");
        _pauses = _meter.CreateCounter<long>("jdaftersales.worker.pauses", "{pause}", "Cycles paused because Redis could not be reached");
        _meter.CreateObservableGauge("jdaftersales.worker.pending.urgent", () => Volatile.Read(ref _pendingUrgent), "{service}", "Pending service orders under the warning threshold at the last deadline watch");
        _meter.CreateObservableGauge("jdaftersales.worker.pending.overdue", () => Volatile.Read(ref _pendingOverdue), "{service}", "Pending service orders past the deadline at the last deadline watch");
        _meter.CreateObservableGauge("jdaftersales.worker.checkpoint.lag", () => Volatile.Read(ref _checkpointLagSeconds), "s", "How far the sync checkpoint is behind now");
    }

    /// <summary>A window was walked.</summary>
    public void Window() => _windows.Add(1);

    /// <summary>An item ended with <paramref name="outcome"/>.</summary>
    /// <param name="outcome">The outcome.</param>
    public void Item(string outcome) => _items.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>A write was made.</summary>
    /// <param name="kind">What was written.</param>
    public void Write(string kind) => _writes.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A deadline warning was raised.</summary>
    /// <param name="level"><c>urgent</c> or <c>overdue</c>.</param>
    public void DeadlineWarning(string level) => _deadlineWarnings.Add(1, new KeyValuePair<string, object?>("level", level));

    /// <summary>A cycle paused.</summary>
    public void Paused() => _pauses.Add(1);

    /// <summary>The deadline watch's counts.</summary>
    /// <param name="urgent">Under the warning threshold, not overdue.</param>
    /// <param name="overdue">Past the deadline.</param>
    public void Pending(int urgent, int overdue)
    {
        Volatile.Write(ref _pendingUrgent, urgent);
        Volatile.Write(ref _pendingOverdue, overdue);
    }

    /// <summary>The checkpoint's distance from now.</summary>
    /// <param name="lag">The lag.</param>
    public void CheckpointLag(TimeSpan lag) => Volatile.Write(ref _checkpointLagSeconds, lag.TotalSeconds);

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
