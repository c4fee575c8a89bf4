using JdAfterSales.Automation;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>What one desk shift saw and did, with the same figures as its printout and report.</summary>
public sealed record DeskShiftResult
{
    /// <summary>The pending service orders ranked by time left.</summary>
    public required IReadOnlyList<DeadlineItem> Deadlines { get; init; }

    /// <summary>The rule decisions (dry run).</summary>
    public required IReadOnlyList<AuditDecision> Decisions { get; init; }

    /// <summary>The applied decisions; empty when read-only.</summary>
    public required IReadOnlyList<AuditRecord> AuditRecords { get; init; }

    /// <summary>The returns looked at (a preview when read-only).</summary>
    public required IReadOnlyList<ReturnCompletionItem> Returns { get; init; }

    /// <summary>The case view shown, when there was an order to show.</summary>
    public CaseView? Case { get; init; }

    /// <summary>The KPIs of the period.</summary>
    public required AfterSalesKpis Kpis { get; init; }

    /// <summary>The return spikes by SKU.</summary>
    public required ReturnSpikeReport Spikes { get; init; }

    /// <summary>The customers to call back.</summary>
    public required IReadOnlyList<FollowUpItem> FollowUps { get; init; }

    /// <summary>The weekly table: type, reasons, counts, shares, the rules' handling.</summary>
    public required IReadOnlyList<WeeklyReasonRow> WeeklyTable { get; init; }

    /// <summary>The Markdown report written.</summary>
    public required string ReportPath { get; init; }

    /// <summary>The HTML report written (charts inline, nothing fetched).</summary>
    public required string HtmlReportPath { get; init; }

    /// <summary>
    /// Why the rule step was skipped: the rules file's problems, or its reason codes missing from the shop's audit
    /// reason tree; empty when the rules fit. The rest of the shift ran either way.
    /// </summary>
    public IReadOnlyList<string> RuleProblems { get; init; } = [];

    /// <summary>Whether writes were made.</summary>
    public bool Applied { get; init; }
}
