namespace JdAfterSales.Samples.Worker;

/// <summary>
/// How far one window's walk may move the shared checkpoint: up to the item just passed, but never past the earliest
/// item not done here (held elsewhere, failed) unless another worker has marked it handled since.
/// </summary>
internal sealed class Frontier
{
    private readonly RedisSyncState _state;
    private readonly WindowResult _result;
    private readonly List<(long ServiceId, string Version, DateTimeOffset At)> _notDone = [];

    public Frontier(RedisSyncState state, WindowResult result)
    {
        _state = state;
        _result = result;
    }

    /// <summary>Where this walk last moved the checkpoint to; <c>null</c> before it moved it.</summary>
    public DateTimeOffset? Checkpoint { get; private set; }

    public void NotDone(long serviceId, string version, DateTimeOffset at) => _notDone.Add((serviceId, version, at));

    /// <summary>Every item up to <paramref name="at"/> was reached: move the checkpoint as far as is safe.</summary>
    public async Task PassedAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        // Only the earliest items not done bound the checkpoint: drop those another worker has finished since.
        while (_notDone.Count > 0 && await _state.IsHandledAsync(_notDone[0].ServiceId, _notDone[0].Version, cancellationToken))
        {
            _notDone.RemoveAt(0);
            _result.NotDone--;
            _result.Skipped++;
        }

        var target = _notDone.Count > 0 && _notDone[0].At < at ? _notDone[0].At : at;
        if (Checkpoint is null || target > Checkpoint)
        {
            await _state.AdvanceCheckpointAsync(target, cancellationToken);
            Checkpoint = target;
        }
    }
}
