using System.Text.RegularExpressions;
using JdAfterSales.Automation;
using JdAfterSales.Samples.AfterSalesDesk;
using JdAfterSales.Testing;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.ContractTests.Automation;

/// <summary>
/// The desk's weekly review on the seeded fake shop: it finds the batch problem planted in the data set, writes a
/// self-contained HTML report, and a rules file that does not fit the shop skips only the rule step.
/// </summary>
public sealed class DeskWeeklyReviewContractTests
{
    private static readonly DateTimeOffset Anchor = new(2024, 5, 20, 13, 45, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task The_shift_finds_the_planted_batch_problem_and_writes_an_html_report()
    {
        var clock = new FakeTimeProvider(Anchor);
        await using var gateway = DeskShift.StartDemoGateway(Anchor, clock);
        using var http = new HttpClient();
        DeskShift.SignSomeReturns(gateway);
        var planted = PlantedSku(gateway.Data);
        var folder = NewFolder();
        var output = new StringWriter();
        try
        {
            var result = await DeskShift.RunAsync(Options(gateway, http, clock, folder), output);

            var spike = Assert.Single(result.Spikes.Spikes);
            Assert.Equal(planted.SkuId, spike.SkuId);
            Assert.Equal(planted.Recent, spike.RecentReturns);
            Assert.True(spike.RecentReturns >= 3 * spike.BaselineWeeklyReturns, "the planted SKU's returns at least triple");
            Assert.Contains(spike.TopReasons, r => r.Reason == "无法开机");

            var printout = output.ToString();
            var markdown = await File.ReadAllTextAsync(result.ReportPath);
            var html = await File.ReadAllTextAsync(result.HtmlReportPath);
            foreach (var text in new[] { printout, markdown, html })
            {
                Assert.Contains(planted.SkuId.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
                Assert.Contains(planted.Name, text, StringComparison.Ordinal);
            }

            // One page that opens offline: three charts inline, no script, no style sheet or picture fetched.
            Assert.Equal(Path.ChangeExtension(result.ReportPath, ".html"), result.HtmlReportPath);
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.Equal(3, Regex.Count(html, "<svg "));
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(new Regex(@"\b(src|href)\s*=\s*""(?!#)", RegexOptions.IgnoreCase), html);
            Assert.Contains("退货", html, StringComparison.Ordinal);

            // Follow-ups: the refunds this shift approved are among them; no phone number unless asked.
            Assert.Superset(
                result.Returns.Where(r => r.ApprovedRefund).Select(r => r.OrderId).ToHashSet(),
                result.FollowUps.Select(f => f.OrderId).ToHashSet());
            Assert.All(result.FollowUps, f => Assert.Null(f.Phone));
            foreach (var tel in gateway.Data.ServiceOrders.Select(s => s.CustomerTel).Where(t => t.Length > 0).Distinct())
            {
                Assert.DoesNotContain(tel, printout, StringComparison.Ordinal);
                Assert.DoesNotContain(tel, html, StringComparison.Ordinal);
            }

            // The weekly table covers the KPI period's service orders of each type it lists.
            Assert.All(result.WeeklyTable, r => Assert.NotNull(r.Decision));
            Assert.Contains(result.WeeklyTable, r => r.ActionText != WeeklyReasonRow.PersonDecides);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Reason_codes_the_shop_lacks_skip_only_the_rule_step()
    {
        var clock = new FakeTimeProvider(Anchor);
        await using var gateway = DeskShift.StartDemoGateway(Anchor, clock);
        using var http = new HttpClient();
        DeskShift.SignSomeReturns(gateway);
        var folder = NewFolder();
        var rules = Path.Combine(folder, "rules.json");
        await File.WriteAllTextAsync(rules, """
            {"rules": [
              {"name": "Quality: approve", "questionTypeCid1": [1001], "action": "approveReturnShipping", "reasonCode": 9001},
              {"name": "No-reason: reject", "reasonContains": ["不想要"], "action": "reject", "reasonCode": 1002, "subReasonCode": 900201}
            ]}
            """);
        var output = new StringWriter();
        try
        {
            var result = await DeskShift.RunAsync(Options(gateway, http, clock, folder, rules), output);

            var problem = Assert.Single(result.RuleProblems);
            Assert.Contains("9001", problem, StringComparison.Ordinal);
            Assert.Contains("900201", problem, StringComparison.Ordinal);
            Assert.NotEmpty(result.Decisions);   // the dry run still shows what the rules would do
            Assert.Empty(result.AuditRecords);   // nothing applied
            Assert.DoesNotContain(gateway.Journal.Records, r => r.Method is { } m && m.Contains(".audit.", StringComparison.Ordinal) && !m.EndsWith(".list", StringComparison.Ordinal));

            // The rest of the shift ran: return completion, the case view, the KPIs, the weekly review and both reports.
            Assert.Contains(result.Returns, r => r.RegisteredReceipt && r.ApprovedRefund);
            Assert.NotNull(result.Case);
            Assert.True(result.Kpis.ServiceCount > 0);
            Assert.Single(result.Spikes.Spikes);
            Assert.True(File.Exists(result.ReportPath));
            Assert.True(File.Exists(result.HtmlReportPath));
            Assert.Contains("--reasons", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The SKU whose service orders of the last 7 days rose most over its own 8 weeks before, from the data set.</summary>
    private static (long SkuId, string Name, int Recent) PlantedSku(FakeShopData data)
    {
        var recentStart = Anchor.AddDays(-7);
        var baselineStart = recentStart.AddDays(-56);
        return data.ServiceOrders
            .GroupBy(s => s.SkuId)
            .Select(g => (
                SkuId: g.Key,
                Name: g.First().WareName,
                Recent: g.Count(s => s.ApplyTime >= recentStart && s.ApplyTime <= Anchor),
                Baseline: g.Count(s => s.ApplyTime >= baselineStart && s.ApplyTime < recentStart)))
            .OrderByDescending(s => s.Recent / (Math.Max(s.Baseline, 1) / 8.0))
            .Select(s => (s.SkuId, s.Name, s.Recent))
            .First();
    }

    private static DeskShiftOptions Options(FakeJdGateway gateway, HttpClient http, TimeProvider clock, string folder, string? rulesPath = null) => new()
    {
        Client = DeskShift.DemoClient(gateway, http, clock),
        Target = "test",
        Apply = true,
        ReportFolder = folder,
        TimeProvider = clock,
        Automation = DeskShift.DemoAutomation,
        RulesPath = rulesPath ?? Path.Combine(AppContext.BaseDirectory, "rules.json"),
    };

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jd-desk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
