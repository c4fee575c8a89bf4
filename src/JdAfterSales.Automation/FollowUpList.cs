using System.Globalization;
using JdAfterSales.AfterSales;
using JdAfterSales.Refunds;

namespace JdAfterSales.Automation;

/// <summary>
/// The customers to call back: service orders completed and refund applications approved in the last days, one row
/// per customer and order. Pure over the models (no calls, no logging).
/// </summary>
/// <remarks>
/// A service order counts when its status is completed (10010) and its <c>processTime</c> (else its
/// <c>updateDate</c>) falls in the window; a refund application when its status is an approval (1, 3, 5, 6, 7, 9) and
/// its <c>checkTime</c> falls in it. Rows are merged on the customer's account and the order, so a return and its
/// refund make one call. JD's review lists carry the order, not the customer's account: a review "since" is a review of
/// the same order written at or after the row's last completion or approval. The data must cover the window: service
/// orders and refunds listed by application time miss a case applied for long before it finished.
/// </remarks>
public static class FollowUpList
{
    /// <summary>Builds the list over the data of a period, its window ending at <see cref="KpiInput.Now"/>.</summary>
    /// <param name="data">Service orders, refund applications, reviews and orders (for the product and the phone of a refund).</param>
    /// <param name="options">The window and whether to carry phone numbers; the defaults when <c>null</c>.</param>
    /// <returns>One row per customer and order, the earliest finished first.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static IReadOnlyList<FollowUpItem> Build(KpiInput data, FollowUpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new FollowUpOptions();
        options.Validate();
        var now = data.Now;
        var start = now - options.Window;
        bool InWindow(DateTimeOffset? t) => t is { } v && v >= start && v <= now;

        var completed = data.Services
            .DistinctBy(s => s.ServiceId)
            .Where(s => s.Status == ServiceStatus.Completed && s.OrderId is not null && InWindow(s.ProcessTime ?? s.UpdateDate))
            .Select(s => new Finished(s.CustomerPin ?? "", s.OrderId!.Value, (s.ProcessTime ?? s.UpdateDate)!.Value, s, null));
        var approved = data.Refunds
            .DistinctBy(r => r.Id)
            .Where(r => AfterSalesKpiCalculator.IsApprovedRefund(r.Status) && r.OrderId is not null && InWindow(r.CheckTime))
            .Select(r => new Finished(r.BuyerId ?? "", r.OrderId!.Value, r.CheckTime!.Value, null, r));
        var reviewsByOrder = data.Reviews
            .Where(c => c.OrderId is not null && c.CreationTime is not null)
            .ToLookup(c => c.OrderId!.Value);
        var orders = data.Orders.DistinctBy(o => o.OrderId).ToDictionary(o => o.OrderId);

        return completed.Concat(approved)
            .GroupBy(f => (f.CustomerPin, f.OrderId))
            .Select(g =>
            {
                var services = g.Where(f => f.Service is not null).Select(f => f.Service!).OrderBy(s => s.ServiceId).ToArray();
                var refunds = g.Where(f => f.Refund is not null).Select(f => f.Refund!).OrderBy(r => r.Id).ToArray();
                var finishedAt = g.Max(f => f.At);
                var review = reviewsByOrder[g.Key.OrderId].Where(c => c.CreationTime >= finishedAt).MaxBy(c => c.CreationTime);
                return new FollowUpItem
                {
                    CustomerPin = g.Key.CustomerPin.Length == 0 ? null : g.Key.CustomerPin,
                    CustomerName = services.Select(s => s.CustomerName).Concat(refunds.Select(r => r.BuyerName)).FirstOrDefault(n => !string.IsNullOrEmpty(n)),
                    OrderId = g.Key.OrderId,
                    WareName = services.Select(s => s.WareName).FirstOrDefault(n => !string.IsNullOrEmpty(n))
                        ?? orders.GetValueOrDefault(g.Key.OrderId)?.Items.Select(i => i.SkuName).FirstOrDefault(n => !string.IsNullOrEmpty(n)),
                    ServiceIds = services.Select(s => s.ServiceId).ToArray(),
                    RefundIds = refunds.Select(r => r.Id).ToArray(),
                    Outcome = string.Join("; ", services.Select(ServiceOutcome).Concat(refunds.Select(RefundOutcome)).Distinct(StringComparer.Ordinal)),
                    Amount = refunds.Length > 0
                        ? SumOrNull(refunds.Select(r => r.ApplyRefundSum))
                        : SumOrNull(services.Select(s => s.ActualPayPrice)),
                    FinishedAt = finishedAt,
                    HasReviewSince = review is not null,
                    ReviewScore = review?.Score,
                    Phone = options.IncludePhoneNumbers ? PhoneOf(services, orders.GetValueOrDefault(g.Key.OrderId)) : null,
                };
            })
            .OrderBy(i => i.FinishedAt)
            .ThenBy(i => i.OrderId)
            .ThenBy(i => i.CustomerPin, StringComparer.Ordinal)
            .ToArray();
    }

    private static string? PhoneOf(IEnumerable<ServiceBrief> services, Orders.OrderInfo? order) =>
        services.Select(s => s.CustomerTel).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))
        ?? (string.IsNullOrWhiteSpace(order?.Consignee?.Mobile) ? order?.Consignee?.Telephone : order.Consignee.Mobile);

    private static decimal? SumOrNull(IEnumerable<decimal?> amounts)
    {
        var list = amounts.ToList();
        return list.Count > 0 && list.All(a => a is not null) ? list.Sum() : null;
    }

    private static string ServiceOutcome(ServiceBrief service) =>
        $"{service.CustomerExpectation.ChineseName ?? service.CustomerExpectationName ?? service.CustomerExpectation.Value.ToString(CultureInfo.InvariantCulture)} {service.ProcessResultName ?? service.Status.ChineseName}";

    private static string RefundOutcome(RefundApplication refund) =>
        $"退款 {refund.Status.ChineseName ?? refund.Status.Value.ToString(CultureInfo.InvariantCulture)}";

    private sealed record Finished(string CustomerPin, long OrderId, DateTimeOffset At, ServiceBrief? Service, RefundApplication? Refund);
}
