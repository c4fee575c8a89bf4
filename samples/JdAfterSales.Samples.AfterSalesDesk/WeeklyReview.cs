using JdAfterSales.Automation;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>
/// The weekly review of a shift: return spikes by SKU, the customers to call back and the weekly table, printed and
/// kept (tables and notes) for the HTML report.
/// </summary>
public sealed class WeeklyReview
{
    private WeeklyReview()
    {
    }

    /// <summary>What the spike detector found.</summary>
    public required ReturnSpikeReport Spikes { get; init; }

    /// <summary>The customers to call back.</summary>
    public required IReadOnlyList<FollowUpItem> FollowUps { get; init; }

    /// <summary>The weekly table's rows.</summary>
    public required IReadOnlyList<WeeklyReasonRow> WeeklyTable { get; init; }

    /// <summary>The sections as the HTML report shows them, after its charts.</summary>
    public required IReadOnlyList<HtmlSection> Sections { get; init; }

    /// <summary>Computes the review, prints it and keeps it.</summary>
    /// <param name="options">The shift's options (follow-up window, phone numbers, the rules file's name).</param>
    /// <param name="output">Where it is printed.</param>
    /// <param name="data">The weeks read: the recent window and the spikes' baseline.</param>
    /// <param name="period">The same data with the KPI period (the weekly table counts in it).</param>
    /// <param name="detector">The spike detector.</param>
    /// <param name="rules">The rules, when they loaded; the weekly table's actions come from them.</param>
    /// <returns>The review.</returns>
    public static WeeklyReview Run(DeskShiftOptions options, ShiftOutput output, KpiInput data, KpiInput period, ReturnSpikeDetector detector, AuditRuleSet? rules)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(detector);
        var spikes = detector.Detect(data.Services, data.Orders, data.Now);
        var spikeTable = ShiftTables.Spikes(spikes);
        var spikeRule = ShiftTables.SpikeRule(spikes);
        output.Heading("Return spikes by SKU: this week against its usual week");
        output.Line(spikes.Spikes.Count == 0 ? "No SKU's returns climbed past the thresholds." : $"{spikes.Spikes.Count} SKU(s) to look at: a bad batch? Pull it, check it, fix it.");
        output.Table(spikeTable);
        output.Line(spikeRule);

        var followUps = FollowUpList.Build(data, new FollowUpOptions { Window = TimeSpan.FromDays(options.FollowUpDays), IncludePhoneNumbers = options.IncludePhoneNumbers });
        var followUpTable = ShiftTables.FollowUps(followUps, options.IncludePhoneNumbers);
        var followUpNote = $"{followUps.Count} to call back: service orders completed or refunds approved in the last {options.FollowUpDays} days, one row per customer and order; {followUps.Count(f => !f.HasReviewSince)} have not reviewed the order since.{(options.IncludePhoneNumbers ? "" : " Phone numbers with --phones.")}";
        output.Heading("Follow-ups: customers to call back");
        output.Line(followUpNote);
        output.Table(followUpTable);

        var weekly = WeeklyReasonTable.Build(period, rules);
        var weeklyTable = ShiftTables.Weekly(weekly);
        var weeklyNote = $"Service orders of the last {options.KpiDays} days by type and most frequent reasons, with what {Path.GetFileName(options.RulesPath)} does with a typical case (median amount and grade, a first request, applied now); \"{WeeklyReasonRow.PersonDecides}\" when no rule acts.";
        output.Heading("The weekly table: type, reasons, handling");
        output.Line(weeklyNote);
        output.Table(weeklyTable);

        return new WeeklyReview
        {
            Spikes = spikes,
            FollowUps = followUps,
            WeeklyTable = weekly,
            Sections =
            [
                new HtmlSection("Return spikes by SKU", spikeRule, spikeTable),
                new HtmlSection("Follow-ups: customers to call back", followUpNote, followUpTable),
                new HtmlSection("The weekly table", weeklyNote, weeklyTable),
            ],
        };
    }
}
