using JdAfterSales.AfterSales;
using JdAfterSales.Orders;

namespace JdAfterSales.Automation;

/// <summary>
/// Finds SKUs whose service orders suddenly climbed: usually a bad batch to pull and fix. Pure over the models (no
/// calls): give it the service orders and orders of the recent window and the baseline, for example a
/// <see cref="KpiInput"/> read over both (<see cref="ReturnSpikeOptions.BaselineWeeks"/> weeks plus the recent window).
/// </summary>
/// <remarks>
/// <para>
/// With now = <c>T</c>, the recent window is <c>[T − 7 d, T]</c> and the baseline the 8 weeks before it,
/// <c>[T − 63 d, T − 7 d)</c> (defaults). For each SKU (a service order's <c>skuId</c>; an order counts for every SKU
/// of its lines, once, unless cancelled): <c>r</c> and <c>b</c> are its service orders applied for in the recent window
/// and the baseline, <c>oR</c> and <c>oB</c> its orders placed in them.
/// </para>
/// <list type="bullet">
/// <item><description>Shop trend: <c>f = max(1, (R − r) / ((B − b) / 8))</c>, with <c>R</c> and <c>B</c> the whole
/// shop's counts: the rest of the shop's rise this week (1 when the rest has no baseline, or with
/// <see cref="ReturnSpikeOptions.AdjustForShopTrend"/> off).</description></item>
/// <item><description>Expected in the recent window: <c>e = max(b, 1) / 8 × f</c>, the baseline's weekly rate scaled to
/// the window and the shop's trend; a baseline with no service order counts as one, so the ratio stays
/// finite.</description></item>
/// <item><description>Ratio: <c>r / e</c>.</description></item>
/// <item><description>Recent share: <c>r / max(oR, 1)</c>; baseline share: <c>b / oB</c> (unknown when
/// <c>oB = 0</c>); share ratio: their quotient (unknown when the baseline share is unknown or 0).</description></item>
/// </list>
/// <para>
/// A SKU is a spike when all hold: <c>r ≥ MinimumReturns</c> (4), ratio ≥ <c>MinimumRatio</c> (3), recent share ≥
/// <c>MinimumShare</c> (5%), and share ratio ≥ <c>MinimumShareRatio</c> (2) or unknown. The count thresholds keep one
/// stray return on a slow SKU out; the share thresholds keep out returns that rose only because sales did; the shop
/// trend keeps out a week when every SKU's returns rose (a sale, a holiday). Returns lag
/// orders by days to weeks, so a promotion two weeks back can raise the recent share alone; the count ratio is the
/// stronger signal and the share a check on it.
/// </para>
/// </remarks>
public sealed class ReturnSpikeDetector
{
    private readonly TimeProvider _time;

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The windows and thresholds; the defaults when <c>null</c>.</param>
    /// <param name="timeProvider">The clock that says when now is; the system clock when <c>null</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ReturnSpikeDetector(ReturnSpikeOptions? options = null, TimeProvider? timeProvider = null)
    {
        Options = options ?? new ReturnSpikeOptions();
        Options.Validate();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The windows and thresholds.</summary>
    public ReturnSpikeOptions Options { get; }

    /// <summary>How far back the data must reach: the recent window plus the baseline.</summary>
    public TimeSpan Lookback => Options.RecentWindow + TimeSpan.FromDays(7 * Options.BaselineWeeks);

    /// <summary>Looks at every SKU with a service order in the windows ending at the clock's now.</summary>
    /// <param name="services">Service orders; those outside both windows are ignored.</param>
    /// <param name="orders">Orders with their lines; those outside both windows are ignored.</param>
    /// <returns>Every SKU looked at, and the spikes.</returns>
    public ReturnSpikeReport Detect(IEnumerable<ServiceBrief> services, IEnumerable<OrderInfo> orders) =>
        Detect(services, orders, _time.GetUtcNow());

    /// <summary>Looks at every SKU with a service order in the windows ending at <paramref name="now"/>.</summary>
    /// <param name="services">Service orders; those outside both windows are ignored.</param>
    /// <param name="orders">Orders with their lines; those outside both windows are ignored.</param>
    /// <param name="now">The end of the recent window.</param>
    /// <returns>Every SKU looked at, and the spikes.</returns>
    public ReturnSpikeReport Detect(IEnumerable<ServiceBrief> services, IEnumerable<OrderInfo> orders, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(orders);
        var options = Options;
        var recentStart = now - options.RecentWindow;
        var baselineStart = recentStart - TimeSpan.FromDays(7 * options.BaselineWeeks);
        bool IsRecent(DateTimeOffset? t) => t is { } v && v >= recentStart && v <= now;
        bool IsBaseline(DateTimeOffset? t) => t is { } v && v >= baselineStart && v < recentStart;

        var recentOrders = new Dictionary<long, int>();
        var baselineOrders = new Dictionary<long, int>();
        var names = new Dictionary<long, string>();
        foreach (var order in orders.DistinctBy(o => o.OrderId))
        {
            var window = IsRecent(order.StartTime) ? recentOrders : IsBaseline(order.StartTime) ? baselineOrders : null;
            if (window is null || order.State == OrderState.TradeCanceled)
            {
                continue;
            }

            foreach (var item in order.Items.DistinctBy(i => i.SkuId))
            {
                window[item.SkuId] = window.GetValueOrDefault(item.SkuId) + 1;
                if (item.SkuName is { Length: > 0 } name)
                {
                    names.TryAdd(item.SkuId, name);
                }
            }
        }

        // Expected service orders in the recent window per baseline service order.
        var scale = options.RecentWindow / TimeSpan.FromDays(7 * options.BaselineWeeks);
        var bySku = services
            .DistinctBy(s => s.ServiceId)
            .Where(s => s.SkuId is not null && (IsRecent(s.ApplyTime) || IsBaseline(s.ApplyTime)))
            .GroupBy(s => s.SkuId!.Value)
            .Select(g => (Sku: g.Key, Services: g.ToList(), Recent: g.Where(s => IsRecent(s.ApplyTime)).ToList(), Baseline: g.Count(s => IsBaseline(s.ApplyTime))))
            .ToList();
        var shopRecent = bySku.Sum(g => g.Recent.Count);
        var shopBaseline = bySku.Sum(g => g.Baseline);
        var trends = bySku
            .Select(g =>
            {
                var (recent, baseline) = (g.Recent, g.Baseline);
                var ordersRecent = recentOrders.GetValueOrDefault(g.Sku);
                var ordersBaseline = baselineOrders.GetValueOrDefault(g.Sku);

                // The rest of the shop, this SKU left out so that its own spike does not raise its expected count.
                var othersExpected = (shopBaseline - baseline) * scale;
                var shopTrend = options.AdjustForShopTrend && othersExpected > 0 ? Math.Max(1, (shopRecent - recent.Count) / othersExpected) : 1;
                var ratio = recent.Count / (Math.Max(baseline, 1) * scale * shopTrend);
                var recentShare = (double)recent.Count / Math.Max(ordersRecent, 1);
                double? baselineShare = ordersBaseline == 0 ? null : (double)baseline / ordersBaseline;
                double? shareRatio = baselineShare is > 0 ? recentShare / baselineShare : null;
                var isSpike = recent.Count >= options.MinimumReturns
                    && ratio >= options.MinimumRatio
                    && recentShare >= options.MinimumShare
                    && (shareRatio is not { } sr || sr >= options.MinimumShareRatio);
                return new SkuReturnTrend
                {
                    SkuId = g.Sku,
                    WareName = g.Services.Select(s => s.WareName).FirstOrDefault(n => !string.IsNullOrEmpty(n)) ?? names.GetValueOrDefault(g.Sku),
                    RecentReturns = recent.Count,
                    BaselineReturns = baseline,
                    BaselineWeeklyReturns = (double)baseline / options.BaselineWeeks,
                    RecentOrders = ordersRecent,
                    BaselineOrders = ordersBaseline,
                    Ratio = ratio,
                    RecentShare = recentShare,
                    BaselineShare = baselineShare,
                    ShopTrend = shopTrend,
                    ShareRatio = shareRatio,
                    IsSpike = isSpike,
                    TopReasons = TopReasons(recent, options.TopReasons),
                };
            })
            .OrderByDescending(t => t.IsSpike)
            .ThenByDescending(t => t.IsSpike ? t.Ratio : t.RecentReturns)
            .ThenByDescending(t => t.RecentReturns)
            .ThenBy(t => t.SkuId)
            .ToArray();

        return new ReturnSpikeReport { Now = now, RecentStart = recentStart, BaselineStart = baselineStart, Options = options, Skus = trends };
    }

    /// <summary>The most frequent reasons of some service orders.</summary>
    /// <param name="services">The service orders.</param>
    /// <param name="count">How many reasons.</param>
    /// <returns>Most frequent first, ties in ordinal order of the reason.</returns>
    internal static IReadOnlyList<ReasonCount> TopReasons(IEnumerable<ServiceBrief> services, int count) =>
        services
            .GroupBy(ReasonOf, StringComparer.Ordinal)
            .Select(g => new ReasonCount(g.Key, g.Count()))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)
            .Take(count)
            .ToArray();

    /// <summary>A service order's reason: the second-level question type name, else the first-level one, else <c>(none)</c>.</summary>
    internal static string ReasonOf(ServiceBrief service) => service.QuestionTypeCid2Name ?? service.QuestionTypeCid1Name ?? "(none)";
}
