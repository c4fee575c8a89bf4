using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.Orders;
using Microsoft.Extensions.Time.Testing;
using Model = JdAfterSales.JdAfterSalesModelFactory;

namespace JdAfterSales.Tests.Automation;

/// <summary>
/// The spike detector on a small shop computed by hand. Now = 2024-05-20 12:00 (Beijing); the recent window is
/// [05-13 12:00, 05-20 12:00], the baseline the 8 weeks before it, [03-18 12:00, 05-13 12:00).
/// </summary>
public sealed class ReturnSpikeDetectorTests
{
    private const long BatchSku = 101;       // 4 returns in 8 weeks (0.5/week), 10 orders/week; then 6 returns this week.
    private const long BestSellerSku = 202;  // 3 returns/week, 60 orders/week; this week 5 returns: noise.
    private const long SlowSku = 303;        // never returned, 1 order/week; this week one return.
    private const long PromotedSku = 404;    // 1 return/week, 10 orders/week; this week 4 returns on 40 orders.
    private const long SteadySku = 505;      // 20 returns/week, 400 orders/week; a quiet week of 9: the shop as a whole did not rise.

    private static readonly TimeSpan Cst = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Now = new(2024, 5, 20, 12, 0, 0, Cst);
    private static readonly DateTimeOffset RecentStart = Now.AddDays(-7);
    private static readonly DateTimeOffset BaselineStart = RecentStart.AddDays(-56);

    private readonly Shop _shop = Shop.Standard();

    private IReadOnlyList<ServiceBrief> Services => _shop.Services;

    private IReadOnlyList<OrderInfo> Orders => _shop.Orders;

    [Fact]
    public void A_planted_batch_problem_is_flagged_with_its_reasons()
    {
        var report = new ReturnSpikeDetector().Detect(Services, Orders, Now);

        var spike = Assert.Single(report.Spikes);
        Assert.Equal(BatchSku, spike.SkuId);
        Assert.Equal("SKU 101", spike.WareName);
        Assert.Equal(6, spike.RecentReturns);
        Assert.Equal(4, spike.BaselineReturns);
        Assert.Equal(0.5, spike.BaselineWeeklyReturns, 12);
        Assert.Equal(10, spike.RecentOrders);
        Assert.Equal(80, spike.BaselineOrders);
        Assert.Equal(12, spike.Ratio, 9);            // 6 / (4 / 8)
        Assert.Equal(0.6, spike.RecentShare, 12);    // 6 / 10
        Assert.Equal(0.05, spike.BaselineShare!.Value, 12); // 4 / 80
        Assert.Equal(12, spike.ShareRatio!.Value, 9);
        Assert.Equal(1, spike.ShopTrend);             // the rest of the shop: 19 this week against 24 expected
        Assert.Equal([new ReasonCount("无法开机", 4), new ReasonCount("外壳划痕", 2)], spike.TopReasons);
        Assert.Same(spike, report.Skus[0]);
        Assert.Equal(RecentStart, report.RecentStart);
        Assert.Equal(BaselineStart, report.BaselineStart);
    }

    [Fact]
    public void Normal_noise_on_a_best_seller_is_not_flagged()
    {
        var sku = Trend(BestSellerSku);

        Assert.False(sku.IsSpike);
        Assert.Equal(5, sku.RecentReturns);
        Assert.Equal(3, sku.BaselineWeeklyReturns, 12);
        Assert.Equal(5.0 / 3, sku.Ratio, 9); // below 3
    }

    [Fact]
    public void A_single_return_on_a_slow_SKU_is_not_flagged()
    {
        var sku = Trend(SlowSku);

        Assert.False(sku.IsSpike);
        Assert.Equal(1, sku.RecentReturns);
        Assert.Equal(0, sku.BaselineReturns);
        Assert.Equal(8, sku.Ratio, 9);         // an empty baseline counts as one return in 8 weeks: 1 / (1 / 8)
        Assert.Equal(1, sku.RecentShare, 12);  // 1 return on 1 order: only the count keeps it out
        Assert.Null(sku.ShareRatio);
    }

    [Fact]
    public void More_returns_because_more_was_sold_is_not_flagged()
    {
        var sku = Trend(PromotedSku);

        Assert.False(sku.IsSpike);
        Assert.Equal(4, sku.Ratio, 9);              // the count cleared: 4 / (8 / 8)
        Assert.Equal(0.1, sku.RecentShare, 12);     // 4 / 40
        Assert.Equal(1, sku.ShareRatio!.Value, 9);  // the share did not rise: 0.1 / (8 / 80)
    }

    [Theory]
    [InlineData(6, 3, 0.05, 2, true)]
    [InlineData(7, 3, 0.05, 2, false)]     // 6 returns < 7
    [InlineData(4, 11.9, 0.05, 2, true)]
    [InlineData(4, 12.1, 0.05, 2, false)]  // ratio 12 < 12.1
    [InlineData(4, 3, 0.6, 2, true)]
    [InlineData(4, 3, 0.61, 2, false)]     // share 60% < 61%
    [InlineData(4, 3, 0.05, 11.9, true)]
    [InlineData(4, 3, 0.05, 12.1, false)]  // share ratio 12 < 12.1
    public void Each_threshold_is_respected(int minimumReturns, double minimumRatio, double minimumShare, double minimumShareRatio, bool flagged)
    {
        var options = new ReturnSpikeOptions
        {
            MinimumReturns = minimumReturns,
            MinimumRatio = minimumRatio,
            MinimumShare = minimumShare,
            MinimumShareRatio = minimumShareRatio,
        };

        var report = new ReturnSpikeDetector(options).Detect(Services, Orders, Now);

        Assert.Equal(flagged, report.Spikes.Any(s => s.SkuId == BatchSku));
    }

    [Fact]
    public void Lower_thresholds_flag_the_slow_SKU_too()
    {
        var report = new ReturnSpikeDetector(new ReturnSpikeOptions { MinimumReturns = 1 }).Detect(Services, Orders, Now);

        Assert.Equal([BatchSku, SlowSku], report.Spikes.Select(s => s.SkuId));
    }

    [Fact]
    public void Now_comes_from_the_time_provider()
    {
        var clock = new FakeTimeProvider(Now);

        var report = new ReturnSpikeDetector(timeProvider: clock).Detect(Services, Orders);

        Assert.Equal(Now, report.Now);
        Assert.Equal(BatchSku, Assert.Single(report.Spikes).SkuId);
        Assert.Equal(TimeSpan.FromDays(63), new ReturnSpikeDetector().Lookback);
    }

    [Theory]
    [InlineData(nameof(ReturnSpikeOptions.MinimumReturns), "must be 1 or more")]
    [InlineData(nameof(ReturnSpikeOptions.MinimumShare), "must be between 0 and 1")]
    [InlineData(nameof(ReturnSpikeOptions.BaselineWeeks), "must be 1 or more")]
    [InlineData(nameof(ReturnSpikeOptions.MinimumRatio), "must be a finite number")]
    public void Bad_options_name_the_field_and_the_rule(string field, string rule)
    {
        var options = field switch
        {
            nameof(ReturnSpikeOptions.MinimumReturns) => new ReturnSpikeOptions { MinimumReturns = 0 },
            nameof(ReturnSpikeOptions.MinimumShare) => new ReturnSpikeOptions { MinimumShare = 1.5 },
            nameof(ReturnSpikeOptions.BaselineWeeks) => new ReturnSpikeOptions { BaselineWeeks = 0 },
            _ => new ReturnSpikeOptions { MinimumRatio = double.NaN },
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ReturnSpikeDetector(options));

        Assert.Equal(field, error.ParamName);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rise_of_the_whole_shop_is_not_a_batch_problem_but_a_batch_within_it_is()
    {
        // Three SKUs at 2 returns a week on 20 orders triple together (a sale a few weeks ago); a fourth goes ninefold.
        var shop = new Shop();
        foreach (var sku in new long[] { 1, 2, 3, 4 })
        {
            shop.AddWeeks(sku, returnsPerWeek: [2, 2, 2, 2, 2, 2, 2, 2], ordersPerWeek: 20);
            shop.AddRecent(sku, Enumerable.Repeat("不喜欢/不想要", sku == 4 ? 18 : 6).ToArray(), orders: 20);
        }

        var adjusted = new ReturnSpikeDetector().Detect(shop.Services, shop.Orders, Now);
        var raw = new ReturnSpikeDetector(new ReturnSpikeOptions { AdjustForShopTrend = false }).Detect(shop.Services, shop.Orders, Now);

        var batch = Assert.Single(adjusted.Spikes);
        Assert.Equal(4, batch.SkuId);
        Assert.Equal(3, batch.ShopTrend, 9);  // the others: 18 this week against 6 expected
        Assert.Equal(3, batch.Ratio, 9);      // 18 / (2 × 3)
        var one = adjusted.Skus.Single(s => s.SkuId == 1);
        Assert.Equal(5, one.ShopTrend, 9);    // the others: 30 against 6
        Assert.Equal(0.6, one.Ratio, 9);      // 6 / (2 × 5)
        Assert.Equal([4L, 1, 2, 3], raw.Spikes.Select(s => s.SkuId));
        Assert.All(raw.Skus, s => Assert.Equal(1, s.ShopTrend));
    }

    private SkuReturnTrend Trend(long sku) =>
        new ReturnSpikeDetector().Detect(Services, Orders, Now).Skus.Single(s => s.SkuId == sku);

    /// <summary>Service orders and orders of a shop, built week by week.</summary>
    private sealed class Shop
    {
        public List<ServiceBrief> Services { get; } = [];

        public List<OrderInfo> Orders { get; } = [];

        public static Shop Standard()
        {
            var shop = new Shop();
            shop.AddWeeks(BatchSku, returnsPerWeek: [1, 0, 1, 0, 1, 0, 1, 0], ordersPerWeek: 10);
            shop.AddRecent(BatchSku, ["无法开机", "无法开机", "外壳划痕", "无法开机", "外壳划痕", "无法开机"], orders: 10);

            shop.AddWeeks(BestSellerSku, returnsPerWeek: [3, 3, 3, 3, 3, 3, 3, 3], ordersPerWeek: 60);
            shop.AddRecent(BestSellerSku, ["尺寸规格不合适", "七天无理由退货", "尺寸规格不合适", "包装破损", "七天无理由退货"], orders: 60);

            shop.AddWeeks(SlowSku, returnsPerWeek: [0, 0, 0, 0, 0, 0, 0, 0], ordersPerWeek: 1);
            shop.AddRecent(SlowSku, ["功能故障"], orders: 1);

            shop.AddWeeks(PromotedSku, returnsPerWeek: [1, 1, 1, 1, 1, 1, 1, 1], ordersPerWeek: 10);
            shop.AddRecent(PromotedSku, ["不喜欢/不想要", "不喜欢/不想要", "尺寸规格不合适", "七天无理由退货"], orders: 40);

            shop.AddWeeks(SteadySku, returnsPerWeek: [20, 20, 20, 20, 20, 20, 20, 20], ordersPerWeek: 400);
            shop.AddRecent(SteadySku, Enumerable.Repeat("包装破损", 9).ToArray(), orders: 400);

            // Outside both windows, or not counting: ignored.
            shop.Services.Add(shop.Return(BatchSku, BaselineStart.AddMinutes(-1), "无法开机"));
            shop.Services.Add(shop.Return(BatchSku, Now.AddMinutes(1), "无法开机"));
            shop.Orders.Add(Model.OrderInfo(orderId: 9_000_001, startTime: RecentStart.AddHours(1), state: OrderState.TradeCanceled, items: [Model.OrderItem(skuId: BatchSku)]));
            return shop;
        }

        /// <summary>Week w (0 = oldest) of the baseline: its returns and orders spread over the week.</summary>
        public void AddWeeks(long sku, int[] returnsPerWeek, int ordersPerWeek)
        {
            for (var week = 0; week < returnsPerWeek.Length; week++)
            {
                var start = BaselineStart.AddDays(7 * week);
                Spread(start, returnsPerWeek[week], at => Services.Add(Return(sku, at, "尺寸规格不合适")));
                Spread(start, ordersPerWeek, at => Orders.Add(Order(sku, at)));
            }
        }

        public void AddRecent(long sku, string[] reasons, int orders)
        {
            var i = 0;
            Spread(RecentStart, reasons.Length, at => Services.Add(Return(sku, at, reasons[i++])));
            Spread(RecentStart, orders, at => Orders.Add(Order(sku, at)));
        }

        private static void Spread(DateTimeOffset weekStart, int count, Action<DateTimeOffset> add)
        {
            for (var i = 0; i < count; i++)
            {
                add(weekStart.AddMinutes(10 + (i * 7.0 * 24 * 60 / Math.Max(count, 1))));
            }
        }

        private ServiceBrief Return(long sku, DateTimeOffset applied, string reason) =>
            Model.ServiceBrief(
                serviceId: 1_300_000_000_000 + Services.Count, orderId: 300_000_000_000 + Services.Count, customerExpectation: CustomerExpectation.Return,
                applyTime: applied, skuId: sku, wareName: $"SKU {sku}", questionTypeCid1Name: "一级", questionTypeCid2Name: reason, status: ServiceStatus.PendingAudit);

        private OrderInfo Order(long sku, DateTimeOffset placed) =>
            Model.OrderInfo(orderId: 310_000_000_000 + Orders.Count, startTime: placed, state: OrderState.Finished, items: [Model.OrderItem(skuId: sku, skuName: $"SKU {sku}")]);
    }
}
