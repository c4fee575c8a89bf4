using System.Globalization;
using JdAfterSales.Automation;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>Writes a shift's reports: the Markdown of what was printed, and one self-contained HTML page with charts.</summary>
public static class ShiftReports
{
    /// <summary>How many weeks the refund chart shows.</summary>
    private const int RefundWeeks = 9;

    /// <summary>Writes both reports into the report folder, named after the shift's start.</summary>
    /// <param name="options">The shift's options (folder, target, mode, KPI days, answer window).</param>
    /// <param name="output">What was printed, kept as Markdown.</param>
    /// <param name="started">The shift's start, Beijing time.</param>
    /// <param name="data">The weeks read.</param>
    /// <param name="period">The same data with the KPI period.</param>
    /// <param name="review">The weekly review.</param>
    /// <param name="kpiTable">The KPI table.</param>
    /// <param name="cancellationToken">Cancels the writes.</param>
    /// <returns>Where they went, and how long the charts took.</returns>
    public static async Task<ShiftReportFiles> WriteAsync(
        DeskShiftOptions options, ShiftOutput output, DateTimeOffset started, KpiInput data, KpiInput period, WeeklyReview review, ReportTable kpiTable,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(review);
        Directory.CreateDirectory(options.ReportFolder);
        var stem = string.Create(CultureInfo.InvariantCulture, $"shift-{started:yyyyMMdd-HHmm}");
        var markdownPath = Path.Combine(options.ReportFolder, stem + ".md");
        await File.WriteAllTextAsync(markdownPath, output.Markdown, cancellationToken).ConfigureAwait(false);

        var drawingStarted = TimeProvider.System.GetTimestamp();
        HtmlSection[] charts =
        [
            new("Reasons by type", $"Service orders of the last {options.KpiDays} days.", Svg: ReportCharts.ReasonsByType(review.WeeklyTable)),
            new(
                "Daily applications and late answers",
                "Service orders applied for each day, and those of them answered later than JD's 24 hours (or still unanswered past them).",
                Svg: ReportCharts.DailyApplications(data.Services, period.PeriodStart, data.Now, options.Automation.AnswerWindow)),
            new("Refund amount by week", "Refund applications applied for in each week, and the part approved.", Svg: ReportCharts.RefundAmountByWeek(data.Refunds, RefundWeeks, data.Now)),
        ];
        var drawing = TimeProvider.System.GetElapsedTime(drawingStarted);

        var htmlPath = Path.Combine(options.ReportFolder, stem + ".html");
        var html = HtmlReport.Render(
            string.Create(CultureInfo.InvariantCulture, $"After-sales weekly review {started:yyyy-MM-dd HH:mm} (Beijing time)"),
            $"{options.Target} · {(options.Apply ? "apply" : "read-only")} · KPIs over the last {options.KpiDays} days",
            [.. charts, .. review.Sections, new HtmlSection($"KPIs: last {options.KpiDays} days", Table: kpiTable)]);
        await File.WriteAllTextAsync(htmlPath, html, cancellationToken).ConfigureAwait(false);
        return new ShiftReportFiles(markdownPath, htmlPath, charts.Length, drawing);
    }
}
