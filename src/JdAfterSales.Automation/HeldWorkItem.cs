namespace JdAfterSales.Automation;

/// <summary>
/// A work-item lease held by one of the jobs: taken before the item is read for a write, renewed to its full length
/// before each write (so every write leaves while the lease is held), released when the item's work ends.
/// </summary>
internal sealed class HeldWorkItem : IAsyncDisposable
{
    public const string HeldMessage = "another worker holds the lease; nothing was read for a write or written";

    public const string LostMessage = "the lease ran out before the write and another worker may have the item; nothing was written";

    private readonly IJdWorkItemLease _lease;
    private readonly TimeSpan _duration;

    private HeldWorkItem(IJdWorkItemLease lease, TimeSpan duration)
    {
        _lease = lease;
        _duration = duration;
    }

    /// <returns>The held lease, or <c>null</c> when another holder has it.</returns>
    /// <exception cref="JdCoordinationException">The lease service could not be reached: the job pauses.</exception>
    public static async ValueTask<HeldWorkItem?> TryTakeAsync(IJdWorkItemLeases leases, string itemKey, TimeSpan duration, CancellationToken cancellationToken)
    {
        var lease = await leases.TryAcquireAsync(itemKey, duration, cancellationToken).ConfigureAwait(false);
        return lease is null ? null : new HeldWorkItem(lease, duration);
    }

    /// <returns><c>true</c> when the lease is still this job's and runs its full length again; <c>false</c> when it was lost.</returns>
    /// <exception cref="JdCoordinationException">The lease service could not be reached: the job pauses without writing.</exception>
    public ValueTask<bool> RenewForWriteAsync(CancellationToken cancellationToken) => _lease.RenewAsync(_duration, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Not the caller's token: a cancelled run still frees the items it held.
            await _lease.ReleaseAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (JdCoordinationException)
        {
            // The lease expires by itself; the next item's lease tells the job whether to pause.
        }
    }
}
