using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.ContractTests.Client;

namespace JdAfterSales.ContractTests.Automation;

/// <summary>The one-item entry points a worker following <c>sync.list</c> uses: the same decisions as the batch, previews that write nothing.</summary>
public sealed class PerItemContractTests
{
    private static readonly string[] Writes =
        ["jingdong.asc.audit.refuse", "jingdong.asc.audit.send", "jingdong.asc.audit.homepick", "jingdong.asc.audit.waitFeedback", "jingdong.asc.receive.register", "jingdong.pop.afs.soa.refundapply.replyRefund"];

    private static readonly AuditRuleSet Rules = new(
    [
        new AuditRule { Name = "frequent", RecentRequests = new RecentRequestsCondition { WithinDays = 30, Min = 3 }, Action = AuditActionKind.Leave },
        new AuditRule { Name = "repairs: ask", Expectations = [CustomerExpectation.Repair], Action = AuditActionKind.AskFeedback, ReasonCode = 1001 },
        new AuditRule { Name = "old orders: reject", MinDaysSinceOrder = 8, QuestionTypeCid1 = [1002], Action = AuditActionKind.Reject, ReasonCode = 1002 },
        new AuditRule { Name = "quality: ship back", QuestionTypeCid1 = [1001], Action = AuditActionKind.ApproveReturnShipping, ReasonCode = 1001 },
    ]);

    [Fact]
    public async Task Deciding_one_service_order_at_a_time_matches_the_batch_dry_run_and_writes_nothing()
    {
        await using var fixture = ClientFixture.Start();
        var audit = new AuditAutomation(fixture.Client(), timeProvider: fixture.Clock);
        var batch = await audit.DryRunAsync(Rules);
        var pending = await fixture.Client().AfterSales.ListAllServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit, PageSize = 50 }).ToListAsync();

        foreach (var service in pending)
        {
            var single = await audit.DecideAsync(Rules, service);
            var expected = batch.Single(d => d.Candidate.ServiceId == service.ServiceId);
            Assert.Equal((expected.Action, expected.RuleName), (single!.Action, single.RuleName));
            Assert.Equal(expected.Candidate.CountRecentRequests(30, fixture.Clock.GetUtcNow()), single.Candidate.CountRecentRequests(30, fixture.Clock.GetUtcNow()));
        }

        var closed = await fixture.Client().AfterSales.ListAllServicesAsync(new ListServicesRequest { Status = ServiceStatus.Completed, PageSize = 50 }).FirstAsync();
        Assert.Null(await audit.DecideAsync(Rules, closed));
        Assert.Equal(0, Writes.Sum(m => fixture.Gateway.Journal.ForMethod(m).Count));
    }

    [Fact]
    public async Task Previewing_one_return_says_it_is_ready_and_writes_nothing()
    {
        await using var fixture = ClientFixture.Start();
        var gateway = fixture.Gateway;
        var signed = gateway.Data.ServiceOrders.First(s => s.ServiceStatus == 10005 && s.ExpressCode is not null);
        gateway.SignForReturn(signed.ServiceId);
        var returns = new ReturnCompletion(fixture.Client(), new AutomationOptions { LogisticsCustomerCode = "010K0000001" }, fixture.Clock, new JdInMemoryWorkItemLeases(fixture.Clock));
        var listed = await fixture.Client().AfterSales.ListAllAwaitingReceiptAsync(new ListAwaitingReceiptRequest { PageSize = 50 }).FirstAsync(s => s.ServiceId == signed.ServiceId);

        var preview = await returns.PreviewCompletionAsync(listed);

        Assert.Equal(ReturnCompletionOutcome.Ready, preview.Outcome);
        Assert.Equal(10005, signed.ServiceStatus);
        Assert.Equal(0, Writes.Sum(m => gateway.Journal.ForMethod(m).Count));
    }
}
