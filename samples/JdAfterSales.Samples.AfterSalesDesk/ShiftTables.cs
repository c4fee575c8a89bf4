using System.Globalization;
using JdAfterSales.Automation;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>The weekly review's tables, built once and shown in the console, the Markdown report and the HTML report.</summary>
public static class ShiftTables
{
    /// <summary>The return spikes.</summary>
    /// <param name="report">What the detector found.</param>
    /// <returns>One row per spike.</returns>
    public static ReportTable Spikes(ReturnSpikeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = new ReportTable("SKU", "product", "this week", "usual / week", "× usual", "orders this week", "return share (usual)", "top reasons");
        foreach (var s in report.Spikes)
        {
            table.Add(
                RowTone.Alert, Format.Id(s.SkuId), s.WareName ?? "", s.RecentReturns.ToString(CultureInfo.InvariantCulture),
                s.BaselineWeeklyReturns.ToString("0.##", CultureInfo.InvariantCulture), Format.Number(s.Ratio), s.RecentOrders.ToString(CultureInfo.InvariantCulture),
                $"{Format.Percent(s.RecentShare)} ({(s.BaselineShare is { } b ? Format.Percent(b) : "?")})",
                string.Join(", ", s.TopReasons.Select(r => $"{r.Reason}×{r.Count}")));
        }

        return table;
    }

    /// <summary>The thresholds, as a sentence.</summary>
    /// <param name="report">What the detector found.</param>
    /// <returns>For example <c>15 SKUs with service orders; a spike: ≥ 4 this week, ≥ 3× usual …</c>.</returns>
    public static string SpikeRule(ReturnSpikeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var o = report.Options;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Skus.Count} SKUs with service orders from {Format.Time(report.BaselineStart)} to {Format.Time(report.Now)}; a spike: at least {o.MinimumReturns} this week, at least {Format.Number(o.MinimumRatio)}× its usual weekly count{(o.AdjustForShopTrend ? " (raised by the rest of the shop's trend)" : "")}, a return share of orders of at least {Format.Percent(o.MinimumShare)} and at least {Format.Number(o.MinimumShareRatio)}× its usual share.");
    }

    /// <summary>The follow-up list.</summary>
    /// <param name="items">The rows.</param>
    /// <param name="withPhones">Whether to show the phone column.</param>
    /// <returns>One row per customer and order.</returns>
    public static ReportTable FollowUps(IReadOnlyList<FollowUpItem> items, bool withPhones)
    {
        ArgumentNullException.ThrowIfNull(items);
        string[] headers = ["finished", "customer", "order", "product", "outcome", "amount", "review since"];
        var table = new ReportTable(withPhones ? [.. headers, "phone"] : headers);
        foreach (var f in items)
        {
            string[] cells =
            [
                Format.Time(f.FinishedAt), f.CustomerName ?? f.CustomerPin ?? "", Format.Id(f.OrderId), f.WareName ?? "", f.Outcome,
                f.Amount is { } a ? Format.Money(a) : "", f.HasReviewSince ? $"yes, {f.ReviewScore}★" : "no",
            ];
            table.Add(withPhones ? [.. cells, f.Phone ?? ""] : cells);
        }

        return table;
    }

    /// <summary>The weekly table.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>Type, reason, count, share, action, rule.</returns>
    public static ReportTable Weekly(IReadOnlyList<WeeklyReasonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new ReportTable("type", "reason", "count", "share of type", "action", "rule");
        foreach (var r in rows)
        {
            table.Add(
                r.TypeName, r.Reason, r.Count.ToString(CultureInfo.InvariantCulture), Format.Percent(r.Share), r.ActionText,
                r.Decision?.RuleName ?? "(rules not loaded)");
        }

        return table;
    }

    /// <summary>The KPI table.</summary>
    /// <param name="kpis">The KPIs.</param>
    /// <returns>KPI, value.</returns>
    public static ReportTable Kpis(AfterSalesKpis kpis)
    {
        ArgumentNullException.ThrowIfNull(kpis);
        var table = new ReportTable("KPI", "value");
        table.Add("orders", kpis.OrderCount.ToString(CultureInfo.InvariantCulture));
        table.Add("service orders", kpis.ServiceCount.ToString(CultureInfo.InvariantCulture));
        table.Add("after-sales rate (services / orders)", Format.Percent(kpis.AfterSalesRate));
        table.Add("refund applications", kpis.RefundCount.ToString(CultureInfo.InvariantCulture));
        table.Add("refund rate (refunds / orders)", Format.Percent(kpis.RefundRate));
        table.Add("refund amount applied", Format.Money(kpis.RefundAmount));
        table.Add("refund amount approved", Format.Money(kpis.ApprovedRefundAmount));
        table.Add("first response: mean / median", $"{Format.Hours(kpis.AverageFirstResponse)} / {Format.Hours(kpis.MedianFirstResponse)}");
        table.Add("SLA breaches (late answers + overdue pending)", $"{kpis.SlaBreaches} ({kpis.LateResponses} + {kpis.OverduePending})");
        table.Add("rejected share", $"{Format.Percent(kpis.RejectedShare)} ({kpis.RejectedCount} of {kpis.RespondedCount})");
        table.Add("after-sales-related reviews", $"{kpis.RelatedReviews.Count} of {kpis.ReviewCount}");
        return table;
    }
}
