using System.Globalization;
using System.Text;
using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.Testing;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>
/// One after-sales desk shift: the deadline watch, the rule decisions (dry run), applying them, completing signed-for
/// returns, one order's case view and the KPI tables, printed and written to a Markdown report.
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

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

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

    /// <summary>Runs one shift.</summary>
    /// <param name="options">How.</param>
    /// <param name="output">Where the printout goes.</param>
    /// <param name="cancellationToken">Cancels the shift.</param>
    /// <returns>What the shift saw and did.</returns>
    public static async Task<DeskShiftResult> RunAsync(DeskShiftOptions options, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var client = options.Client;
        var time = options.TimeProvider;
        var started = time.GetUtcNow().ToOffset(Beijing);
        var report = new StringBuilder();
        void Both(string line)
        {
            output.WriteLine(line);
            // Each printed line is its own Markdown paragraph; "== x ==" headings become "## x".
            report.AppendLine(line.StartsWith("== ", StringComparison.Ordinal) ? "## " + line[3..].TrimEnd('=', ' ') : line.Trim()).AppendLine();
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"# After-sales desk shift {started:yyyy-MM-dd HH:mm} (Beijing time)").AppendLine();
        output.WriteLine($"After-sales desk shift {started:yyyy-MM-dd HH:mm} (Beijing time) against {options.Target}");
        output.WriteLine(options.Apply ? "Mode: apply (decisions and return completion are written)" : "Mode: read-only (dry run; nothing is written; --apply to write)");
        report.AppendLine(CultureInfo.InvariantCulture, $"Target: {options.Target}. Mode: {(options.Apply ? "apply" : "read-only (dry run)")}.").AppendLine();

        // 1. Deadline watch.
        var watch = new DeadlineWatch(client, options.Automation, time);
        var deadlines = await watch.ListAsync(Progress(options, "pending service orders"), cancellationToken).ConfigureAwait(false);
        options.Progress?.Invoke("");
        output.WriteLine();
        Both("== Pending work: JD's 24-hour answer window ==");
        Both($"{deadlines.Count} pending, {deadlines.Count(d => d.IsOverdue)} overdue, {deadlines.Count(d => d.IsUrgent && !d.IsOverdue)} under {TextTable.Hours(options.Automation.DeadlineWarning)} left");
        var deadlineTable = new TextTable("service", "order", "type", "customer", "applied", "time left", "flag");
        foreach (var d in deadlines)
        {
            deadlineTable.Add(
                Id(d.ServiceId), Id(d.OrderId), d.Expectation.ChineseName ?? "?", d.CustomerName ?? "", Short(d.ApplyTime),
                TextTable.Hours(d.TimeLeft), d.IsOverdue ? "OVERDUE" : d.IsUrgent ? "URGENT" : "");
        }

        Emit(deadlineTable, output, report);

        // 2. Rule decisions (dry run).
        var rules = await AuditRuleSet.LoadAsync(options.RulesPath, cancellationToken).ConfigureAwait(false);
        var recorderPath = Path.Combine(options.ReportFolder, $"audit-{started:yyyyMMdd-HHmm}.jsonl");
        var audit = new AuditAutomation(client, options.Automation, new JsonLinesAuditRecorder(recorderPath), time);
        var decisions = await audit.DryRunAsync(rules, Progress(options, "service orders for the rules"), cancellationToken).ConfigureAwait(false);
        options.Progress?.Invoke("");
        output.WriteLine();
        Both($"== Rule decisions (dry run, {Path.GetFileName(options.RulesPath)}, {rules.Rules.Count} rules) ==");
        var decisionTable = new TextTable("service", "type", "reason", "paid", "grade", "action", "rule");
        foreach (var d in decisions)
        {
            var c = d.Candidate;
            decisionTable.Add(
                Id(c.ServiceId), c.Expectation.ChineseName ?? "?", c.Bill?.QuestionTypeCid2Name ?? c.Bill?.QuestionTypeCid1Name ?? "",
                c.Amount is { } amount ? TextTable.Money(amount) : "", c.CustomerGrade?.ToString(CultureInfo.InvariantCulture) ?? "",
                d.Action.ToString(), d.RuleName);
        }

        Emit(decisionTable, output, report);
        Both(string.Join(", ", decisions.GroupBy(d => d.Action).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));

        // 3. Apply and 4. complete returns (a read-only shift previews the returns instead).
        IReadOnlyList<AuditRecord> records = [];
        IReadOnlyList<ReturnCompletionItem> returns = [];
        output.WriteLine();
        if (options.Apply)
        {
            Both("== Applied decisions ==");
            records = await audit.ApplyAsync(rules, decisions, cancellationToken).ConfigureAwait(false);
            var appliedTable = new TextTable("service", "action", "outcome", "rule", "note");
            foreach (var r in records)
            {
                appliedTable.Add(Id(r.ServiceId), r.Action.ToString(), r.Outcome.ToString(), r.Rule, r.Message ?? "");
            }

            Emit(appliedTable, output, report);
            Both($"{records.Count(r => r.Outcome == AuditOutcome.Succeeded)} of {records.Count} applied; audit trail: {recorderPath}");
        }
        else
        {
            Both("== Applied decisions ==");
            Both("skipped: read-only run (pass --apply to write)");
        }

        output.WriteLine();
        Both(options.Apply ? "== Return completion: signed-for returns → receipt → refund ==" : "== Return completion (preview, nothing written) ==");
        if (string.IsNullOrWhiteSpace(options.Automation.LogisticsCustomerCode))
        {
            Both("skipped: no JD Logistics customer code (JD_LOGISTICS_CUSTOMER_CODE)");
        }
        else
        {
            var completion = new ReturnCompletion(client, options.Automation, time);
            var returnProgress = Progress(options, "returns checked");
            returns = options.Apply
                ? await completion.RunAsync(returnProgress, cancellationToken).ConfigureAwait(false)
                : await completion.PreviewAsync(returnProgress, cancellationToken).ConfigureAwait(false);
            options.Progress?.Invoke("");
            var returnTable = new TextTable("service", "order", "waybill", "signed for", "receipt", "refund", "amount", "outcome");
            foreach (var r in returns)
            {
                returnTable.Add(
                    Id(r.ServiceId), Id(r.OrderId), r.Waybill ?? "", Short(r.SignedForAt), r.RegisteredReceipt ? "registered" : "",
                    r.ApprovedRefund ? $"approved {Id(r.RefundId)}" : r.RefundId is { } id ? Id(id) : "", r.RefundAmount is { } a ? TextTable.Money(a) : "",
                    r.Outcome.ToString());
            }

            Emit(returnTable, output, report);
            Both(options.Apply
                ? $"{returns.Count(r => r.RegisteredReceipt)} receipts registered, {returns.Count(r => r.ApprovedRefund)} refunds approved ({TextTable.Money(returns.Where(r => r.ApprovedRefund).Sum(r => r.RefundAmount ?? 0))}), {returns.Count(r => r.Outcome == ReturnCompletionOutcome.NotSignedFor)} still in transit"
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
            output.WriteLine();
            Both($"== Case view: order {orderId} ==");
            WriteCase(caseView, Both);
        }

        // 6. KPIs.
        var periodEnd = time.GetUtcNow();
        var periodStart = periodEnd.AddDays(-options.KpiDays);
        var input = await new KpiReader(client, time).ReadAsync(periodStart, periodEnd, Progress(options, "orders, service orders, refunds and reviews"), cancellationToken).ConfigureAwait(false);
        options.Progress?.Invoke("");
        var kpis = AfterSalesKpiCalculator.Compute(input);
        output.WriteLine();
        Both($"== KPIs: last {options.KpiDays} days ({Short(periodStart)} – {Short(periodEnd)}) ==");
        var kpiTable = new TextTable("KPI", "value");
        kpiTable.Add("orders", kpis.OrderCount.ToString(CultureInfo.InvariantCulture));
        kpiTable.Add("service orders", kpis.ServiceCount.ToString(CultureInfo.InvariantCulture));
        kpiTable.Add("after-sales rate (services / orders)", TextTable.Percent(kpis.AfterSalesRate));
        kpiTable.Add("refund applications", kpis.RefundCount.ToString(CultureInfo.InvariantCulture));
        kpiTable.Add("refund rate (refunds / orders)", TextTable.Percent(kpis.RefundRate));
        kpiTable.Add("refund amount applied", TextTable.Money(kpis.RefundAmount));
        kpiTable.Add("refund amount approved", TextTable.Money(kpis.ApprovedRefundAmount));
        kpiTable.Add("first response: mean / median", $"{TextTable.Hours(kpis.AverageFirstResponse)} / {TextTable.Hours(kpis.MedianFirstResponse)}");
        kpiTable.Add("SLA breaches (late answers + overdue pending)", $"{kpis.SlaBreaches} ({kpis.LateResponses} + {kpis.OverduePending})");
        kpiTable.Add("rejected share", $"{TextTable.Percent(kpis.RejectedShare)} ({kpis.RejectedCount} of {kpis.RespondedCount})");
        kpiTable.Add("after-sales-related reviews", $"{kpis.RelatedReviews.Count} of {kpis.ReviewCount}");
        Emit(kpiTable, output, report);

        Both("Reasons (the weekly table):");
        var reasonTable = new TextTable("type", "reason", "count", "share");
        foreach (var row in kpis.Reasons)
        {
            reasonTable.Add(row.TypeName, row.Reason, row.Count.ToString(CultureInfo.InvariantCulture), TextTable.Percent(row.Share));
        }

        Emit(reasonTable, output, report);
        Both("Most frequent terms in after-sales-related reviews (CJK bigrams, once per review):");
        Both("  " + string.Join("  ", kpis.TopTerms.Select(t => $"{t.Term}×{t.Count}")));

        Directory.CreateDirectory(options.ReportFolder);
        var reportPath = Path.Combine(options.ReportFolder, $"shift-{started:yyyyMMdd-HHmm}.md");
        await File.WriteAllTextAsync(reportPath, report.ToString(), cancellationToken).ConfigureAwait(false);
        output.WriteLine();
        output.WriteLine($"Report: {reportPath}");

        return new DeskShiftResult
        {
            Deadlines = deadlines, Decisions = decisions, AuditRecords = records, Returns = returns, Case = caseView, Kpis = kpis,
            ReportPath = reportPath, Applied = options.Apply,
        };
    }

    private static void WriteCase(CaseView view, Action<string> line)
    {
        if (view.Order is { } order)
        {
            line($"Order: {order.State?.ChineseName ?? order.State?.Value} placed {Short(order.StartTime)}, paid {TextTable.Money(order.Payment ?? 0)}, items: {string.Join("; ", order.Items.Select(i => i.SkuName))}");
        }
        else
        {
            line("Order: not found");
        }

        line(view.Trace is { } trace
            ? $"Parcel {trace.WaybillCode}: {(trace.IsSignedFor ? $"signed for {Short(trace.SignedForAt)}" : trace.LatestEvent?.Title ?? "no events")} ({trace.Events.Count} events)"
            : "Parcel: no JD Logistics waybill");
        foreach (var s in view.Services)
        {
            line($"Service {s.ServiceId}: {s.CustomerExpectation.ChineseName} {s.Status.ChineseName}, applied {Short(s.ApplyTime)}, {s.QuestionTypeCid2Name}");
        }

        foreach (var r in view.Refunds)
        {
            line($"Refund {r.Id}: {TextTable.Money(r.ApplyRefundSum ?? 0)} {r.Status.ChineseName}, {r.Reason}");
        }

        foreach (var c in view.Reviews)
        {
            line($"Review {c.Score}★ {Short(c.CreationTime)}: {c.Content}");
        }

        if (view.Services.Count + view.Refunds.Count + view.Reviews.Count == 0)
        {
            line("No service orders, refunds or reviews.");
        }
    }

    private static void Emit(TextTable table, TextWriter output, StringBuilder report)
    {
        table.WriteText(output);
        report.AppendLine();
        table.WriteMarkdown(report);
    }

    private static SyncProgress? Progress(DeskShiftOptions options, string what) =>
        options.Progress is { } sink ? new SyncProgress(n => sink($"{what}: {n.ToString(CultureInfo.InvariantCulture)}")) : null;

    private static string Id(long? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Short(DateTimeOffset? time) =>
        time is { } t ? t.ToOffset(Beijing).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
