using JdAfterSales.Automation;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>How a desk shift runs.</summary>
public sealed class DeskShiftOptions
{
    /// <summary>The client of the shop.</summary>
    public required JdClient Client { get; init; }

    /// <summary>What the shift runs against, for the headline (never a secret).</summary>
    public required string Target { get; init; }

    /// <summary>Apply decisions and complete returns; otherwise read only (dry run).</summary>
    public bool Apply { get; init; }

    /// <summary>The rules file.</summary>
    public string RulesPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "rules.json");

    /// <summary>Where the Markdown and HTML reports and the audit trail go.</summary>
    public string ReportFolder { get; init; } = "reports";

    /// <summary>The clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>The automation settings (return address, logistics code, thresholds).</summary>
    public AutomationOptions Automation { get; init; } = new();

    /// <summary>The KPI period: this many days up to now.</summary>
    public int KpiDays { get; init; } = 30;

    /// <summary>The order to show the case view of; chosen from the shift's work when <c>null</c>.</summary>
    public long? CaseOrderId { get; init; }

    /// <summary>The live progress display of the long steps; none when <c>null</c> (a redirected console).</summary>
    public DeskProgress? Progress { get; init; }

    /// <summary>The follow-up window: completions and approvals of this many days up to now.</summary>
    public int FollowUpDays { get; init; } = 7;

    /// <summary>Whether the follow-up list shows the customers' phone numbers (as JD masks them); off unless asked (--phones).</summary>
    public bool IncludePhoneNumbers { get; init; }

    /// <summary>The windows and thresholds of the return spikes.</summary>
    public ReturnSpikeOptions SpikeOptions { get; init; } = new();
}
