namespace JdAfterSales.Automation;

/// <summary>
/// The windows and thresholds of <see cref="ReturnSpikeDetector"/>. A SKU is flagged only when every threshold is
/// cleared; the defaults flag a batch problem (several returns in a week, at least triple the SKU's usual rate, a
/// return share of orders that at least doubled) and not one stray return on a slow SKU.
/// </summary>
public sealed record ReturnSpikeOptions
{
    /// <summary>The recent window, ending now: 7 days by default.</summary>
    public TimeSpan RecentWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How many weeks before the recent window make the baseline: 8 by default. The baseline's weekly rate is its
    /// count divided by this.
    /// </summary>
    public int BaselineWeeks { get; init; } = 8;

    /// <summary>
    /// The fewest service orders in the recent window: 4 by default. One to three returns in a week are within the
    /// noise of any SKU; for a SKU usually returned once every two weeks, four or more come by chance less than once
    /// in 500 weeks (Poisson, mean 0.5).
    /// </summary>
    public int MinimumReturns { get; init; } = 4;

    /// <summary>
    /// The least ratio of the recent count to the baseline's weekly rate: 3 by default ("returns tripled"). A baseline
    /// with no service order counts as one in <see cref="BaselineWeeks"/>, so a new problem on a SKU never returned
    /// before has a finite ratio.
    /// </summary>
    public double MinimumRatio { get; init; } = 3;

    /// <summary>
    /// The least return share of the recent window: its service orders per order of the SKU placed in it, 0.05 (5%) by
    /// default. Keeps a best-seller's ordinary returns out.
    /// </summary>
    public double MinimumShare { get; init; } = 0.05;

    /// <summary>
    /// The least ratio of the recent return share to the baseline's: 2 by default. More returns because more was sold
    /// is not a batch problem; the share of orders returned must rise too. Holds by itself when the baseline has no
    /// return or no order.
    /// </summary>
    public double MinimumShareRatio { get; init; } = 2;

    /// <summary>
    /// Whether a rise of the whole shop raises each SKU's expected count: on by default. After a sale, a holiday or a
    /// shop-wide delivery problem every SKU's returns climb, and that is not a bad batch. The expected count is then
    /// multiplied by the rest of the shop's trend: the other SKUs' recent count over their expected count, when above 1.
    /// </summary>
    public bool AdjustForShopTrend { get; init; } = true;

    /// <summary>How many reasons each SKU lists, most frequent first: 3 by default.</summary>
    public int TopReasons { get; init; } = 3;

    /// <summary>Checks every value.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the exception names it and the rule.</exception>
    public void Validate()
    {
        Require(RecentWindow >= TimeSpan.FromDays(1), nameof(RecentWindow), RecentWindow, "must be at least one day.");
        Require(BaselineWeeks >= 1, nameof(BaselineWeeks), BaselineWeeks, "must be 1 or more.");
        Require(MinimumReturns >= 1, nameof(MinimumReturns), MinimumReturns, "must be 1 or more.");
        Require(double.IsFinite(MinimumRatio) && MinimumRatio >= 0, nameof(MinimumRatio), MinimumRatio, "must be a finite number, 0 or more.");
        Require(double.IsFinite(MinimumShare) && MinimumShare is >= 0 and <= 1, nameof(MinimumShare), MinimumShare, "must be between 0 and 1 (a share of orders).");
        Require(double.IsFinite(MinimumShareRatio) && MinimumShareRatio >= 0, nameof(MinimumShareRatio), MinimumShareRatio, "must be a finite number, 0 or more.");
        Require(TopReasons >= 0, nameof(TopReasons), TopReasons, "must be 0 or more.");
    }

    private static void Require(bool holds, string name, object value, string rule)
    {
        if (!holds)
        {
            throw new ArgumentOutOfRangeException(name, value, $"ReturnSpikeOptions.{name} {rule}");
        }
    }
}
