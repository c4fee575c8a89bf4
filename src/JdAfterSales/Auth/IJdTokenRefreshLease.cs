namespace JdAfterSales.Auth;

/// <summary>
/// A shop's refresh lease from an <see cref="IJdCoordinatedTokenStore"/>. Disposing it releases it, only if this
/// holder still has it (a lease that expired and was granted again is left alone).
/// </summary>
public interface IJdTokenRefreshLease : IAsyncDisposable
{
    /// <summary>The shop the lease is for.</summary>
    string ShopId { get; }

    /// <summary>The fence of this grant: larger than that of every earlier grant for the shop.</summary>
    long Fence { get; }

    /// <summary>Stores the shop's tokens, unless tokens written under a newer fence are already stored.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns><c>true</c> when stored; <c>false</c> when newer tokens were kept instead (read them).</returns>
    /// <exception cref="JdCoordinationException">The store could not be reached.</exception>
    ValueTask<bool> TrySetAsync(JdTokenSet tokens, CancellationToken cancellationToken);
}
