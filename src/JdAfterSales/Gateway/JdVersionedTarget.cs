namespace JdAfterSales.Gateway;

/// <summary>The service order and <c>sysVersion</c> a write carries, named when JD refuses it as stale.</summary>
/// <param name="ServiceId">The service order.</param>
/// <param name="SysVersion">The version the caller read.</param>
internal readonly record struct JdVersionedTarget(long ServiceId, int SysVersion);
