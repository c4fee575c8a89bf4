namespace JdAfterSales.Gateway;

/// <summary>
/// A write guarded by JD's optimistic lock (<c>sysVersion</c>). When JD refuses it as stale, the client raises
/// <see cref="JdConcurrencyException"/> carrying <see cref="ServiceId"/>.
/// </summary>
public interface IJdVersionedRequest
{
    /// <summary>The service order the write is for.</summary>
    long ServiceId { get; }

    /// <summary>The <c>sysVersion</c> the caller read.</summary>
    int SysVersion { get; }
}
