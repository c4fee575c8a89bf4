namespace JdAfterSales.Auth;

/// <summary>
/// An <see cref="IJdTokenStore"/> that can also grant a per-shop refresh lease, so that of all the instances
/// sharing it exactly one refreshes a shop's token while the others wait for and read its result.
/// <see cref="JdOAuthTokenProvider"/> uses it whenever its store implements this interface; a plain
/// <see cref="IJdTokenStore"/> keeps working as before (process-local lock plus re-reading the store).
/// </summary>
/// <remarks>
/// <para>
/// A lease is granted to one holder at a time and expires by itself after the duration asked for, so a holder that
/// dies does not block the shop. Each grant carries a fence, a number that grows with every grant (and every
/// <see cref="IJdTokenStore.SetAsync"/>) for the shop. A write through <see cref="IJdTokenRefreshLease.TrySetAsync"/>
/// is refused when the stored tokens were written under a newer fence, so a holder whose lease ran out mid-refresh
/// cannot overwrite tokens a later holder stored.
/// </para>
/// <para>
/// <see cref="IJdTokenStore.SetAsync"/> (a new authorization, for example) takes a fresh fence, so no holder of an
/// older lease can overwrite what it wrote. <see cref="JdInMemoryTokenStore"/> implements this interface for one
/// process; <c>JdAfterSales.Redis</c> for many.
/// </para>
/// </remarks>
public interface IJdCoordinatedTokenStore : IJdTokenStore
{
    /// <summary>Takes the shop's refresh lease if no one holds it.</summary>
    /// <param name="shopId">The shop.</param>
    /// <param name="duration">How long the lease lasts unless released first; longer than a refresh takes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The lease, or <c>null</c> when another holder has it.</returns>
    /// <exception cref="JdCoordinationException">The store could not be asked; the caller may refresh without a lease.</exception>
    ValueTask<IJdTokenRefreshLease?> TryAcquireRefreshLeaseAsync(string shopId, TimeSpan duration, CancellationToken cancellationToken);
}
