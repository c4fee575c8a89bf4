using System.Globalization;
using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.Testing;
using Spectre.Console;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>
/// One after-sales desk shift: the deadline watch, the rule decisions (dry run), applying them, completing signed-for
/// returns, one order's case view, the KPI tables and the weekly review (return spikes, follow-ups, the weekly table),
/// printed, written to a Markdown report and to an HTML report with charts.
/// </summary>
public static class DeskShift
{
    /// <summary>The seed of the demo shop.</summary>
    public const int Seed = 20240520;

    /// <summary>How many returns the demo signs for before the shift, so there is work.</summary>
    public const int ReturnsToSign = 4;

    /// <summary>The JD Logistics merchant code the demo uses with the fake gateway.</summary>
    public const string DemoLogisticsCustomerCode = "010K0000001";

    /// <summary>The demo shop's return address.</summary>
    public static readonly AscContactAddress DemoReturnAddress = new()
    {
        ContactName = "售后仓", ContactTel = "010-12345678", Zipcode = "100176",
        Province = 1, City = 72, County = 2819, DetailAddress = "北京市大兴区亦庄经济开发区售后仓 1 号门",
    };

    /// <summary>Starts the fake gateway with the demo shop, anchored at <paramref name="now"/> so deadlines look live.</summary>
    /// <param name="now">The time the data set is anchored at.</param>
    /// <param name="timeProvider">The gateway's clock.</param>
    /// <returns>The gateway; dispose it to stop it.</returns>
    public static FakeJdGateway StartDemoGateway(DateTimeOffset now, TimeProvider? timeProvider = null) =>
        FakeJdGateway.Start(new FakeJdGatewayOptions { Seed = Seed, DataAnchor = now, TimeProvider = timeProvider ?? TimeProvider.System });

    /// <summary>A client of the fake gateway acting as the demo shop's agent.</summary>
    /// <param name="gateway">The gateway.</param>
    /// <param name="http">The HTTP client to use.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The client.</returns>
    public static JdClient DemoClient(FakeJdGateway gateway, HttpClient http, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        return new JdClient(http, new JdClientOptions
        {
            Gateway = gateway.RouterJsonUri, AppKey = gateway.AppKey, AppSecret = gateway.AppSecret, AccessToken = gateway.AccessToken,
            VenderId = gateway.VenderId, OperatorPin = "shop_kefu01", OperatorNick = "客服小李",
        }, timeProvider: timeProvider);
    }

    /// <summary>The automation settings of the demo shop.</summary>
    public static AutomationOptions DemoAutomation => new() { ReturnAddress = DemoReturnAddress, LogisticsCustomerCode = DemoLogisticsCustomerCode };

    /// <summary>Has the couriers sign for a few returns still in transit, so the shift has returns to complete.</summary>
    /// <param name="gateway">The gateway.</param>
    /// <returns>The service orders whose return was signed for.</returns>
    public static IReadOnlyList<long> SignSomeReturns(FakeJdGateway gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var ids = gateway.Data.ServiceOrders
            .Where(s => s.ServiceStatus == 10005 && s.ExpressCode is not null && !s.IsReturnSignedFor)
            .OrderBy(s => s.ServiceId)
            .Take(ReturnsToSign)
            .Select(s => s.ServiceId)
            .ToArray();
        foreach (var id in ids)
        {
            gateway.SignForReturn(id);
        }

        return ids;
    }

    /// <summary>Runs one shift, printing plain text to a writer (tests, redirected output).</summary>
    /// <param name="options">How.</param>
    /// <param name="output">Where the printout goes.</param>
    /// <param name="cancellationToken">Cancels the shift.</param>
    /// <returns>What the shift saw and did.</returns>
    public static Task<DeskShiftResult> RunAsync(DeskShiftOptions options, TextWriter output, CancellationToken cancellationToken = default) =>
        RunAsync(options, DeskConsole.Plain(output), cancellationToken);

    /// <summary>Runs one shift.</summary>
    /// <param name="options">How.</param>
    /// <param name="console">Where the printout goes.</param>
    /// <param name="cancellationToken">Cancels the shift.</param>
    /// <returns>What the shift saw and did.</returns>
    public static async Task<DeskShiftResult> RunAsync(DeskShiftOptions options, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        var client = options.Client;
        var time = options.TimeProvider;
        var progress = options.Progress;
        var started = Format.InBeijing(time.GetUtcNow());
        var output = new ShiftOutput(console);
        output.Title(
            string.Create(CultureInfo.InvariantCulture, $"After-sales desk shift {started:yyyy-MM-dd HH:mm} (Beijing time)"),
            string.Create(CultureInfo.InvariantCulture, $"After-sales desk shift {started:yyyy-MM-dd HH:mm} (Beijing time) against {options.Target}"));
        output.ConsoleOnly(options.Apply ? "Mode: apply (decisions and return completion are written)" : "Mode: read-only (dry run; nothing is written; --apply to write)");
        output.ReportOnly($"Target: {options.Target}. Mode: {(options.Apply ? "apply" : "read-only (dry run)")}.");

        // 1. Deadline watch.
        var watch = new DeadlineWatch(client, options.Automation, time);
        var deadlines = await DeskProgress.RunAsync(progress, "pending service orders", p => watch.ListAsync(p, cancellationToken)).ConfigureAwait(false);
        output.Heading("Pending work: JD's 24-hour answer window");
        output.Line($"{deadlines.Count} pending, {deadlines.Count(d => d.IsOverdue)} overdue, {deadlines.Count(d => d.IsUrgent && !d.IsOverdue)} under {Format.Hours(options.Automation.DeadlineWarning)} left");
        var deadlineTable = new ReportTable("service", "order", "type", "customer", "applied", "time left", "flag");
        foreach (var d in deadlines)
        {
            deadlineTable.Add(
                d.IsOverdue ? RowTone.Alert : d.IsUrgent ? RowTone.Warning : RowTone.Normal,
                Format.Id(d.ServiceId), Format.Id(d.OrderId), d.Expectation.ChineseName ?? "?", d.CustomerName ?? "", Format.Time(d.ApplyTime),
                Format.Hours(d.TimeLeft), d.IsOverdue ? "OVERDUE" : d.IsUrgent ? "URGENT" : "");
        }

        output.Table(deadlineTable);

        // 2. Rule decisions (dry run). A rules file with problems, or reason codes the shop's tree lacks, skips only this
        // step and applying; the rest of the shift runs and the run ends non-zero.
        var rulesFile = Path.GetFileName(options.RulesPath);
        var recorderPath = Path.Combine(options.ReportFolder, string.Create(CultureInfo.InvariantCulture, $"audit-{started:yyyyMMdd-HHmm}.jsonl"));
        var audit = new AuditAutomation(client, options.Automation, new JsonLinesAuditRecorder(recorderPath), time);
        var ruleStep = await RuleStep.RunAsync(options, audit, output, cancellationToken).ConfigureAwait(false);
        var (rules, decisions, ruleProblems) = (ruleStep.Rules, ruleStep.Decisions, ruleStep.Problems);

        // 3. Apply and 4. complete returns (a read-only shift previews the returns instead).
        IReadOnlyList<AuditRecord> records = [];
        IReadOnlyList<ReturnCompletionItem> returns = [];
        output.Heading("Applied decisions");
        if (!options.Apply)
        {
            output.Line("skipped: read-only run (pass --apply to write)");
        }
        else if (rules is null || !ruleStep.Fit)
        {
            output.Line($"skipped: {rulesFile} does not fit this shop (see above); nothing was written");
        }
        else
        {
            records = await audit.ApplyAsync(rules, decisions, cancellationToken).ConfigureAwait(false);
            var appliedTable = new ReportTable("service", "action", "outcome", "rule", "note");
            foreach (var r in records)
            {
                appliedTable.Add(
                    r.Outcome == AuditOutcome.Succeeded ? RowTone.Normal : RowTone.Warning,
                    Format.Id(r.ServiceId), r.Action.ToString(), r.Outcome.ToString(), r.Rule, r.Message ?? "");
            }

            output.Table(appliedTable);
            output.Line($"{records.Count(r => r.Outcome == AuditOutcome.Succeeded)} of {records.Count} applied; audit trail: {recorderPath}");
        }

        output.Heading(options.Apply ? "Return completion: signed-for returns → receipt → refund" : "Return completion (preview, nothing written)");
        if (string.IsNullOrWhiteSpace(options.Automation.LogisticsCustomerCode))
        {
            output.Line("skipped: no JD Logistics customer code (JD_LOGISTICS_CUSTOMER_CODE)");
        }
        else
        {
            var completion = new ReturnCompletion(client, options.Automation, time);
            returns = await DeskProgress.RunAsync(
                progress,
                options.Apply ? "completing returns: checked" : "returns checked",
                p => options.Apply ? completion.RunAsync(p, cancellationToken) : completion.PreviewAsync(p, cancellationToken)).ConfigureAwait(false);
            var returnTable = new ReportTable("service", "order", "waybill", "signed for", "receipt", "refund", "amount", "outcome");
            foreach (var r in returns)
            {
                returnTable.Add(
                    Format.Id(r.ServiceId), Format.Id(r.OrderId), r.Waybill ?? "", Format.Time(r.SignedForAt), r.RegisteredReceipt ? "registered" : "",
                    r.ApprovedRefund ? $"approved {Format.Id(r.RefundId)}" : r.RefundId is { } id ? Format.Id(id) : "", r.RefundAmount is { } a ? Format.Money(a) : "",
                    r.Outcome.ToString());
            }

            output.Table(returnTable);
            output.Line(options.Apply
                ? $"{returns.Count(r => r.RegisteredReceipt)} receipts registered, {returns.Count(r => r.ApprovedRefund)} refunds approved ({Format.Money(returns.Where(r => r.ApprovedRefund).Sum(r => r.RefundAmount ?? 0))}), {returns.Count(r => r.Outcome == ReturnCompletionOutcome.NotSignedFor)} still in transit"
                : $"{returns.Count(r => r.Outcome == ReturnCompletionOutcome.Ready)} ready to complete with --apply, {returns.Count(r => r.Outcome == ReturnCompletionOutcome.NotSignedFor)} still in transit");
        }

        // 5. Case view.
        var caseOrder = options.CaseOrderId
            ?? returns.FirstOrDefault(r => r.ApprovedRefund)?.OrderId
            ?? (decisions.Count > 0 ? decisions[0].Candidate.OrderId : (long?)null)
            ?? (deadlines.Count > 0 ? deadlines[0].OrderId : null);
        CaseView? caseView = null;
        if (caseOrder is { } orderId)
        {
            caseView = await new CaseViewBuilder(client, options.Automation).BuildAsync(orderId, cancellationToken).ConfigureAwait(false);
            output.Heading($"Case view: order {orderId}");
            WriteCase(caseView, output.Line);
        }

        // 6. One read of the weeks the spikes need (the KPI period is inside them): orders, service orders, refunds, reviews.
        var now = time.GetUtcNow();
        var detector = new ReturnSpikeDetector(options.SpikeOptions, time);
        var readDays = Math.Max(options.KpiDays, (int)Math.Ceiling(detector.Lookback.TotalDays));
        var data = await DeskProgress.RunAsync(
            progress,
            $"{readDays} days of orders, service orders, refunds and reviews",
            p => new KpiReader(client, time).ReadAsync(now.AddDays(-readDays), now, p, cancellationToken)).ConfigureAwait(false);
        var period = data with { PeriodStart = now.AddDays(-options.KpiDays) };
        var kpis = AfterSalesKpiCalculator.Compute(period);
        var kpiTable = ShiftTables.Kpis(kpis);
        output.Heading($"KPIs: last {options.KpiDays} days ({Format.Time(period.PeriodStart)} – {Format.Time(period.PeriodEnd)})");
        output.Table(kpiTable);
        output.Line("Most frequent terms in after-sales-related reviews (CJK bigrams, once per review):");
        output.Line("  " + string.Join("  ", kpis.TopTerms.Select(t => $"{t.Term}×{t.Count}")));

        // 7. The weekly review: return spikes, who to call back, the weekly table.
        var review = WeeklyReview.Run(options, output, data, period, detector, rules);

        // 8. The reports: Markdown (what was printed) and one self-contained HTML page with charts.
        var reports = await ShiftReports.WriteAsync(options, output, started, data, period, review, kpiTable, cancellationToken).ConfigureAwait(false);
        output.ConsoleOnly("");
        output.ConsoleOnly($"Report: {reports.MarkdownPath}");
        output.ConsoleOnly(string.Create(CultureInfo.InvariantCulture, $"HTML report: {reports.HtmlPath} ({reports.ChartCount} charts drawn in {reports.ChartTime.TotalMilliseconds:0} ms)"));
        if (ruleProblems.Count > 0)
        {
            output.ConsoleOnly($"The rule step was skipped: {rulesFile} does not fit this shop (see \"Rule decisions\").");
        }

        return new DeskShiftResult
        {
            Deadlines = deadlines, Decisions = decisions, AuditRecords = records, Returns = returns, Case = caseView, Kpis = kpis,
            Spikes = review.Spikes, FollowUps = review.FollowUps, WeeklyTable = review.WeeklyTable, ReportPath = reports.MarkdownPath,
            HtmlReportPath = reports.HtmlPath,
            Applied = options.Apply, RuleProblems = ruleProblems,
        };
    }

    private static void WriteCase(CaseView view, Action<string> line)
    {
        if (view.Order is { } order)
        {
            line($"Order: {order.State?.ChineseName ?? order.State?.Value} placed {Format.Time(order.StartTime)}, paid {Format.Money(order.Payment ?? 0)}, items: {string.Join("; ", order.Items.Select(i => i.SkuName))}");
        }
        else
        {
            line("Order: not found");
        }

        line(view.Trace is { } trace
            ? $"Parcel {trace.WaybillCode}: {(trace.IsSignedFor ? $"signed for {Format.Time(trace.SignedForAt)}" : trace.LatestEvent?.Title ?? "no events")} ({trace.Events.Count} events)"
            : "Parcel: no JD Logistics waybill");
        foreach (var s in view.Services)
        {
            line($"Service {s.ServiceId}: {s.CustomerExpectation.ChineseName} {s.Status.ChineseName}, applied {Format.Time(s.ApplyTime)}, {s.QuestionTypeCid2Name}");
        }

        foreach (var r in view.Refunds)
        {
            line($"Refund {r.Id}: {Format.Money(r.ApplyRefundSum ?? 0)} {r.Status.ChineseName}, {r.Reason}");
        }

        foreach (var c in view.Reviews)
        {
            line($"Review {c.Score}★ {Format.Time(c.CreationTime)}: {c.Content}");
        }

        if (view.Services.Count + view.Refunds.Count + view.Reviews.Count == 0)
        {
            line("No service orders, refunds or reviews.");
        }
    }
}
