namespace JdAfterSales.Automation;

/// <summary>
/// A held lease on one work item (<see cref="IJdWorkItemLeases"/>). Disposing it releases it, as
/// <see cref="ReleaseAsync"/> does.
/// </summary>
public interface IJdWorkItemLease : IAsyncDisposable
{
    /// <summary>The item the lease is for.</summary>
    string ItemKey { get; }

    /// <summary>When the lease ends unless renewed, by this process's clock (the service's own clock decides).</summary>
    DateTimeOffset ExpiresAt { get; }

    /// <summary>Extends the lease to <paramref name="duration"/> from now, if this holder still has it.</summary>
    /// <param name="duration">The new remaining time.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns><c>true</c> when renewed; <c>false</c> when the lease was lost (it expired and may be someone else's): stop working the item.</returns>
    /// <exception cref="JdCoordinationException">The lease service could not be reached: stop working the item.</exception>
    ValueTask<bool> RenewAsync(TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Releases the lease if this holder still has it; a lease that expired and was taken by another holder is left alone.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the lease is released.</returns>
    /// <exception cref="JdCoordinationException">The lease service could not be reached (the lease then expires by itself).</exception>
    ValueTask ReleaseAsync(CancellationToken cancellationToken);
}
