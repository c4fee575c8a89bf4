using System.Globalization;
using JdAfterSales.AfterSales;

namespace JdAfterSales.Samples.Worker;

/// <summary>The version a listed service order is de-duplicated by across overlapping windows and workers.</summary>
public static class ServiceOrderVersion
{
    /// <summary>
    /// JD's <c>sysVersion</c>, which every change raises; JD sends none for closed service orders, so those are told
    /// apart by status and update time instead (a closed one does not change again).
    /// </summary>
    /// <param name="service">The service order as listed.</param>
    /// <returns>A short text such as <c>v4</c> or <c>s10010-u1716184800000</c>.</returns>
    public static string Of(ServiceBrief service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return service.SysVersion is { } version
            ? "v" + version.ToString(CultureInfo.InvariantCulture)
            : $"s{service.Status.Value.ToString(CultureInfo.InvariantCulture)}-u{service.UpdateDate?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) ?? "none"}";
    }
}
