using System.Globalization;

namespace JdAfterSales.Automation;

/// <summary>The keys of work items for <see cref="IJdWorkItemLeases"/>, the same in every instance.</summary>
public static class JdWorkItemKeys
{
    /// <summary>The key of an after-sales service order.</summary>
    /// <param name="serviceId">The service order's id.</param>
    /// <returns><c>service-order:{serviceId}</c>.</returns>
    public static string ServiceOrder(long serviceId) => "service-order:" + serviceId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key of a refund application.</summary>
    /// <param name="refundId">The refund application's id.</param>
    /// <returns><c>refund:{refundId}</c>.</returns>
    public static string Refund(long refundId) => "refund:" + refundId.ToString(CultureInfo.InvariantCulture);
}
