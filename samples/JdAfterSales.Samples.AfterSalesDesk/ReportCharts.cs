using System.Globalization;
using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.Refunds;
using ScottPlot;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>
/// The charts of the HTML report, drawn by ScottPlot (SkiaSharp, no browser) as SVG elements to put inline in the page.
/// Days and weeks are Beijing calendar days.
/// </summary>
public static class ReportCharts
{
    private const int Width = 880;
    private const int Height = 340;

    private static readonly Lazy<string> ChineseFont = new(() => Fonts.Detect("退货换货维修"));

    private static readonly Color[] TypeColors = [new("#4e79a7"), new("#f28e2b"), new("#59a14f"), new("#b07aa1"), new("#9c755f")];

    /// <summary>Horizontal bars: each type's most frequent reasons, colored by type.</summary>
    /// <param name="rows">The weekly table's rows.</param>
    /// <returns>An SVG element.</returns>
    public static string ReasonsByType(IReadOnlyList<WeeklyReasonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = NewPlot("Reasons by after-sales type (service orders)");
        var types = rows.Select(r => r.TypeName).Distinct(StringComparer.Ordinal).ToList();
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var i = 0; i < rows.Count; i++)
        {
            // The first row at the top.
            var position = rows.Count - 1 - i;
            var color = TypeColors[types.IndexOf(rows[i].TypeName) % TypeColors.Length];
            bars.Add(new Bar
            {
                Position = position,
                Value = rows[i].Count,
                FillColor = color,
                LineWidth = 0,
                Label = rows[i].Count.ToString(CultureInfo.InvariantCulture),
            });
            ticks.Add(new Tick(position, $"{rows[i].TypeName} · {rows[i].Reason}"));
        }

        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = 12;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.02, top: 0.02);
        plot.XLabel("service orders in the period");
        for (var t = 0; t < types.Count; t++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = types[t], FillColor = TypeColors[t % TypeColors.Length] });
        }

        plot.ShowLegend(Alignment.LowerRight);
        return Svg(plot);
    }

    /// <summary>Lines: service orders applied for each day, and those of them answered later than the window (or still unanswered past it).</summary>
    /// <param name="services">The service orders.</param>
    /// <param name="start">The first day's start.</param>
    /// <param name="now">Now: the last day, and the time an unanswered one is late at.</param>
    /// <param name="answerWindow">JD's answer window (24 hours).</param>
    /// <returns>An SVG element.</returns>
    public static string DailyApplications(IReadOnlyList<ServiceBrief> services, DateTimeOffset start, DateTimeOffset now, TimeSpan answerWindow)
    {
        ArgumentNullException.ThrowIfNull(services);
        var days = Days(start, now);
        var applied = new double[days.Count];
        var late = new double[days.Count];
        foreach (var s in services.Where(s => s.ApplyTime is { } t && t >= start && t <= now))
        {
            var day = days.IndexOf(DayOf(s.ApplyTime!.Value));
            applied[day]++;
            var answered = s.ApproveTime ?? (s.Status == ServiceStatus.PendingAudit ? now : (DateTimeOffset?)null);
            if (answered - s.ApplyTime > answerWindow)
            {
                late[day]++;
            }
        }

        var plot = NewPlot("Daily applications and answers late past 24 h");
        var xs = days.Select(d => d.ToOADate()).ToArray();
        var appliedLine = plot.Add.Scatter(xs, applied, TypeColors[0]);
        appliedLine.LegendText = "service orders applied for";
        appliedLine.LineWidth = 2;
        appliedLine.MarkerSize = 5;
        var lateLine = plot.Add.Scatter(xs, late, new Color("#e15759"));
        lateLine.LegendText = "of them answered late (> 24 h) or still unanswered past 24 h";
        lateLine.LineWidth = 2;
        lateLine.MarkerSize = 5;
        // Every third day, as the report writes dates (month-day); the automatic date ticks are US-style.
        var ticks = days.Where((_, i) => i % 3 == 0).Select(d => new Tick(d.ToOADate(), d.ToString("MM-dd", CultureInfo.InvariantCulture))).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Margins(bottom: 0);
        plot.YLabel("service orders");
        plot.ShowLegend(Alignment.UpperLeft);
        return Svg(plot);
    }

    /// <summary>Bars: the amount of the refund applications applied for each week (weeks ending now), and how much of it was approved.</summary>
    /// <param name="refunds">The refund applications.</param>
    /// <param name="weeks">How many weeks.</param>
    /// <param name="now">The end of the last week.</param>
    /// <returns>An SVG element.</returns>
    public static string RefundAmountByWeek(IReadOnlyList<RefundApplication> refunds, int weeks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(refunds);
        var plot = NewPlot("Refund amount applied for, by week (¥)");
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var w = 0; w < weeks; w++)
        {
            var end = now.AddDays(-7 * (weeks - 1 - w));
            var begin = end.AddDays(-7);
            var inWeek = refunds.Where(r => r.ApplyTime is { } t && t > begin && t <= end).ToList();
            var amount = (double)inWeek.Sum(r => r.ApplyRefundSum ?? 0m);
            var approved = (double)inWeek.Where(r => AfterSalesKpiCalculator.IsApprovedRefund(r.Status)).Sum(r => r.ApplyRefundSum ?? 0m);
            bars.Add(new Bar { Position = w, Value = amount, FillColor = new Color("#bab0ac"), LineWidth = 0, Label = amount.ToString("N0", CultureInfo.InvariantCulture) });
            bars.Add(new Bar { Position = w, Value = approved, FillColor = TypeColors[2], LineWidth = 0, Size = 0.5 });
            ticks.Add(new Tick(w, Format.InBeijing(begin.AddDays(1)).ToString("MM-dd", CultureInfo.InvariantCulture)));
        }

        var plottable = plot.Add.Bars(bars);
        plottable.ValueLabelStyle.FontSize = 11;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.Margins(bottom: 0, top: 0.15);
        plot.XLabel("week starting");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "applied for", FillColor = new Color("#bab0ac") });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "of it approved", FillColor = TypeColors[2] });
        plot.ShowLegend(Alignment.UpperLeft);
        return Svg(plot);
    }

    private static Plot NewPlot(string title)
    {
        var plot = new Plot();
        plot.Title(title, size: 16);
        plot.Grid.MajorLineColor = new Color("#e6e6e6");
        return plot;
    }

    private static string Svg(Plot plot)
    {
        // Skia's SVG canvas drops the glyphs a font lacks, so every label (the reasons in the ticks too) is drawn with a
        // font that has Chinese characters, where the machine has one; otherwise ScottPlot's default.
        plot.Font.Set(ChineseFont.Value);
        // Set leaves the legend's own items alone; Automatic picks a font for each of them from its text.
        plot.Font.Automatic();
        return plot.GetSvgHtml(Width, Height);
    }

    private static List<DateTime> Days(DateTimeOffset start, DateTimeOffset now)
    {
        var days = new List<DateTime>();
        for (var day = DayOf(start); day <= DayOf(now); day = day.AddDays(1))
        {
            days.Add(day);
        }

        return days;
    }

    private static DateTime DayOf(DateTimeOffset time) => Format.InBeijing(time).Date;
}
