using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Support;

/// <summary>What the client should read for a record of the fake's data set, where JD's shape differs from the record.</summary>
internal static class Expected
{
    /// <summary>JD sends no <c>sysVersion</c> for a closed service order (rejected, completed or cancelled).</summary>
    public static int? SysVersion(FakeServiceOrder service) =>
        service.ServiceStatus is 10004 or 10010 or 10011 ? null : service.SysVersion;
}
