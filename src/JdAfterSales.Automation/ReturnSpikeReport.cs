namespace JdAfterSales.Automation;

/// <summary>What <see cref="ReturnSpikeDetector"/> found: the windows, every SKU looked at, and the spikes among them.</summary>
public sealed class ReturnSpikeReport
{
    internal ReturnSpikeReport()
    {
    }

    /// <summary>The time the windows end at.</summary>
    public DateTimeOffset Now { get; internal init; }

    /// <summary>The start of the recent window (inclusive); it ends at <see cref="Now"/> (inclusive).</summary>
    public DateTimeOffset RecentStart { get; internal init; }

    /// <summary>The start of the baseline (inclusive); it ends at <see cref="RecentStart"/> (exclusive).</summary>
    public DateTimeOffset BaselineStart { get; internal init; }

    /// <summary>The thresholds used.</summary>
    public ReturnSpikeOptions Options { get; internal init; } = new();

    /// <summary>Every SKU with a service order in either window: spikes first (highest ratio first), then by recent count.</summary>
    public IReadOnlyList<SkuReturnTrend> Skus { get; internal init; } = [];

    /// <summary>The SKUs that cleared every threshold, highest ratio first.</summary>
    public IReadOnlyList<SkuReturnTrend> Spikes => Skus.Where(s => s.IsSpike).ToArray();
}
