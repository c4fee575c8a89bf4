namespace JdAfterSales.Automation;

/// <summary>
/// One SKU's service orders and orders in the recent window and in its baseline, the ratios the thresholds of
/// <see cref="ReturnSpikeOptions"/> are checked against, and whether they all cleared. See
/// <see cref="ReturnSpikeDetector"/> for the definitions.
/// </summary>
public sealed class SkuReturnTrend
{
    internal SkuReturnTrend()
    {
    }

    /// <summary>The SKU.</summary>
    public long SkuId { get; internal init; }

    /// <summary>The product's name, from the service orders or the order lines; <c>null</c> when neither names it.</summary>
    public string? WareName { get; internal init; }

    /// <summary>Service orders of the SKU applied for in the recent window.</summary>
    public int RecentReturns { get; internal init; }

    /// <summary>Service orders of the SKU applied for in the baseline.</summary>
    public int BaselineReturns { get; internal init; }

    /// <summary>The baseline's service orders per week: <see cref="BaselineReturns"/> / baseline weeks.</summary>
    public double BaselineWeeklyReturns { get; internal init; }

    /// <summary>Orders (not cancelled) with the SKU placed in the recent window.</summary>
    public int RecentOrders { get; internal init; }

    /// <summary>Orders (not cancelled) with the SKU placed in the baseline.</summary>
    public int BaselineOrders { get; internal init; }

    /// <summary>
    /// The rest of the shop's trend the expected count was multiplied by: the other SKUs' recent service orders over
    /// their baseline's rate, at least 1; 1 when <see cref="ReturnSpikeOptions.AdjustForShopTrend"/> is off.
    /// </summary>
    public double ShopTrend { get; internal init; } = 1;

    /// <summary>
    /// <see cref="RecentReturns"/> over the expected count: the baseline's rate over the recent window (the baseline
    /// counted as at least one service order) times <see cref="ShopTrend"/>.
    /// </summary>
    public double Ratio { get; internal init; }

    /// <summary>The recent return share: <see cref="RecentReturns"/> / <see cref="RecentOrders"/> (an empty window counts as one order).</summary>
    public double RecentShare { get; internal init; }

    /// <summary>The baseline's return share: <see cref="BaselineReturns"/> / <see cref="BaselineOrders"/>; <c>null</c> without baseline orders.</summary>
    public double? BaselineShare { get; internal init; }

    /// <summary>
    /// <see cref="RecentShare"/> / <see cref="BaselineShare"/>; <c>null</c> when the baseline share is unknown or 0
    /// (then the share-ratio threshold holds by itself).
    /// </summary>
    public double? ShareRatio { get; internal init; }

    /// <summary>Whether every threshold was cleared: a likely batch problem.</summary>
    public bool IsSpike { get; internal init; }

    /// <summary>The most frequent reasons of the recent window's service orders, most frequent first.</summary>
    public IReadOnlyList<ReasonCount> TopReasons { get; internal init; } = [];

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"SKU {SkuId}: {RecentReturns} recent vs {BaselineWeeklyReturns:0.##}/week (×{Ratio:0.#}), share {RecentShare:P1}{(IsSpike ? ", spike" : "")}");
}
