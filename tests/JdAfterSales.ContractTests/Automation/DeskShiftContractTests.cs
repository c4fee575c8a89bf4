using JdAfterSales.Automation;
using JdAfterSales.Samples.AfterSalesDesk;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.ContractTests.Automation;

/// <summary>
/// The AfterSalesDesk sample's shift, run with the sample's seed: its figures equal what this test computes on its own
/// from the fake gateway's data set.
/// </summary>
public sealed class DeskShiftContractTests
{
    private static readonly DateTimeOffset Anchor = new(2024, 5, 20, 13, 45, 0, TimeSpan.FromHours(8));
    private static readonly HashSet<int> Approved = [1, 3, 5, 6, 7, 9];
    private static readonly string[] Keywords = ["退货", "退款", "换货", "售后", "客服", "质量", "维修"];

    [Fact]
    public async Task The_shift_figures_match_the_data_set()
    {
        var clock = new FakeTimeProvider(Anchor);
        await using var gateway = DeskShift.StartDemoGateway(Anchor, clock);
        using var http = new HttpClient();
        var data = gateway.Data;
        var signed = DeskShift.SignSomeReturns(gateway);
        var statusBefore = data.ServiceOrders.ToDictionary(s => s.ServiceId, s => s.ServiceStatus);
        var refundBefore = data.RefundApplications.ToDictionary(r => r.Id, r => r.Status);
        var folder = Path.Combine(Path.GetTempPath(), "jd-desk-" + Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        try
        {
            var result = await DeskShift.RunAsync(
                new DeskShiftOptions
                {
                    Client = DeskShift.DemoClient(gateway, http, clock), Target = "test", Apply = true, ReportFolder = folder,
                    TimeProvider = clock, Automation = DeskShift.DemoAutomation,
                },
                output);

            // Deadline watch: every pending service order; overdue = applied 24 h or more ago.
            var pending = statusBefore.Where(p => p.Value == 10001).Select(p => data.FindServiceOrder(p.Key)!).ToList();
            Assert.Equal(DeskShift.ReturnsToSign, signed.Count);
            Assert.Equal(pending.Count, result.Deadlines.Count);
            Assert.Equal(pending.Count(s => s.ApplyTime.AddHours(24) <= Anchor), result.Deadlines.Count(d => d.IsOverdue));
            Assert.Equal(pending.Select(s => s.ServiceId).Order(), result.Decisions.Select(d => d.Candidate.ServiceId).Order());

            // Applied decisions: exactly the pending service orders whose status moved.
            var moved = pending.Where(s => s.ServiceStatus != 10001).Select(s => s.ServiceId).Order().ToList();
            Assert.Equal(moved, result.AuditRecords.Where(r => r.Outcome == AuditOutcome.Succeeded).Select(r => r.ServiceId).Order());

            // Return completion: receipts = services that went 10005 → 10007; refunds = applications that went 0 → approved.
            var received = statusBefore.Where(p => p.Value == 10005 && data.FindServiceOrder(p.Key)!.ServiceStatus == 10007).Select(p => p.Key).Order().ToList();
            Assert.Equal(received, result.Returns.Where(r => r.RegisteredReceipt).Select(r => r.ServiceId).Order());
            Assert.Superset(signed.ToHashSet(), received.ToHashSet());
            var refunded = data.RefundApplications.Where(r => refundBefore[r.Id] == 0 && r.Status == 1).ToList();
            Assert.NotEmpty(refunded);
            Assert.Equal(refunded.Select(r => r.Id).Order(), result.Returns.Where(r => r.ApprovedRefund).Select(r => r.RefundId!.Value).Order());
            Assert.Equal(refunded.Sum(r => r.ApplyRefundSum), result.Returns.Where(r => r.ApprovedRefund).Sum(r => r.RefundAmount));

            // KPIs over the period, computed here from the data set as it is after the shift.
            var k = result.Kpis;
            bool In(DateTimeOffset t) => t >= k.PeriodStart && t <= k.PeriodEnd;
            var orders = data.Orders.Count(o => In(o.OrderStartTime));
            var services = data.ServiceOrders.Where(s => In(s.ApplyTime)).ToList();
            var refunds = data.RefundApplications.Where(r => In(r.ApplyTime)).ToList();
            var comments = data.Comments.Where(c => In(c.CreationTime)).ToList();
            Assert.Equal(Anchor.AddDays(-30), k.PeriodStart);
            Assert.Equal(orders, k.OrderCount);
            Assert.Equal(services.Count, k.ServiceCount);
            Assert.Equal((double)services.Count / orders, k.AfterSalesRate, 12);
            Assert.Equal(refunds.Count, k.RefundCount);
            Assert.Equal(refunds.Sum(r => r.ApplyRefundSum), k.RefundAmount);
            Assert.Equal(refunds.Where(r => Approved.Contains(r.Status)).Sum(r => r.ApplyRefundSum), k.ApprovedRefundAmount);
            Assert.Equal(comments.Count, k.ReviewCount);
            Assert.Equal(comments.Count(c => c.Score <= 2 || (c.Score <= 3 && Keywords.Any(w => c.Content.Contains(w, StringComparison.Ordinal)))), k.RelatedReviews.Count);
            Assert.Equal(services.Count(s => s.ApproveTime is not null), k.RespondedCount);
            Assert.Equal(services.Count(s => s.ApproveTime - s.ApplyTime > TimeSpan.FromHours(24)), k.LateResponses);
            Assert.Equal(services.Count(s => s.ServiceStatus == 10001 && Anchor - s.ApplyTime > TimeSpan.FromHours(24)), k.OverduePending);
            Assert.Equal(services.Count(s => s.ApproveTime is not null && (s.ApproveResult == 22 || s.ServiceStatus == 10004)), k.RejectedCount);
            Assert.Equal(services.GroupBy(s => (s.CustomerExpect, s.QuestionTypeCid2)).Count(), k.Reasons.Count);

            // The case view is of an order the shift refunded; the report holds the same figures as the printout.
            Assert.Contains(result.Case!.OrderId, refunded.Select(r => r.OrderId));
            var report = await File.ReadAllTextAsync(result.ReportPath);
            Assert.Contains($"| orders | {orders} |", report, StringComparison.Ordinal);
            Assert.Contains($"| service orders | {services.Count} |", report, StringComparison.Ordinal);
            Assert.Contains($"| refund applications | {refunds.Count} |", report, StringComparison.Ordinal);
            Assert.Contains($"{orders}", output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(gateway.AppSecret, output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(gateway.AccessToken, output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(gateway.AppSecret, report, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "audit-20240520-1345.jsonl")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task A_read_only_shift_writes_nothing()
    {
        var clock = new FakeTimeProvider(Anchor);
        await using var gateway = DeskShift.StartDemoGateway(Anchor, clock);
        using var http = new HttpClient();
        DeskShift.SignSomeReturns(gateway);
        var folder = Path.Combine(Path.GetTempPath(), "jd-desk-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await DeskShift.RunAsync(
                new DeskShiftOptions
                {
                    Client = DeskShift.DemoClient(gateway, http, clock), Target = "test", Apply = false, ReportFolder = folder,
                    TimeProvider = clock, Automation = DeskShift.DemoAutomation,
                },
                TextWriter.Null);

            Assert.NotEmpty(result.Decisions);
            Assert.Empty(result.AuditRecords);
            Assert.Equal(DeskShift.ReturnsToSign, result.Returns.Count(r => r.Outcome == ReturnCompletionOutcome.Ready && r.SignedForAt is not null && r.SignedForAt >= Anchor));
            Assert.All(result.Returns, r => Assert.False(r.RegisteredReceipt || r.ApprovedRefund));
            Assert.DoesNotContain(gateway.Journal.Records, r => r.Method is { } m && (m.Contains(".audit.", StringComparison.Ordinal) && !m.EndsWith(".list", StringComparison.Ordinal) || m.EndsWith("receive.register", StringComparison.Ordinal) || m.EndsWith("replyRefund", StringComparison.Ordinal)));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
