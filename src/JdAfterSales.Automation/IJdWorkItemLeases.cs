namespace JdAfterSales.Automation;

/// <summary>
/// Leases on automation work items, so that of several desks or workers running at once only one works a given
/// service order or refund at a time. A lease expires by itself when its holder dies, can be renewed while the work
/// goes on, and is released only by its holder. <see cref="JdInMemoryWorkItemLeases"/> serves one process; the
/// <c>JdAfterSales.Redis</c> package shares leases among instances.
/// </summary>
/// <remarks>
/// Take the lease before reading the item for a write, and write only while it is held (renew it for long work; a
/// failed renewal means another worker may have the item: stop). When the lease service cannot be reached the
/// methods throw <see cref="JdCoordinationException"/>: pause the work rather than go on without a lease, which
/// could write twice.
/// </remarks>
public interface IJdWorkItemLeases
{
    /// <summary>Takes the item's lease if no one holds it.</summary>
    /// <param name="itemKey">The item, for example <see cref="JdWorkItemKeys.ServiceOrder"/> of its id.</param>
    /// <param name="duration">How long the lease lasts unless renewed or released.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The lease, or <c>null</c> when another holder has it.</returns>
    /// <exception cref="JdValidationException">The key is empty or the duration is not positive.</exception>
    /// <exception cref="JdCoordinationException">The lease service could not be reached: pause.</exception>
    ValueTask<IJdWorkItemLease?> TryAcquireAsync(string itemKey, TimeSpan duration, CancellationToken cancellationToken);
}
