using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.ContractTests.Client;

namespace JdAfterSales.ContractTests.Automation;

/// <summary>The rule-based audit against the fake gateway: dry run writes nothing, apply writes once, stale versions and unknown reasons.</summary>
public sealed class AuditAutomationContractTests
{
    private static readonly string[] Writes =
        ["jingdong.asc.audit.refuse", "jingdong.asc.audit.send", "jingdong.asc.audit.homepick", "jingdong.asc.audit.waitFeedback"];

    private static readonly AutomationOptions Options = new()
    {
        ReturnAddress = new AscContactAddress
        {
            ContactName = "售后仓", ContactTel = "010-12345678", Zipcode = "100176", Province = 1, City = 72, County = 2819, DetailAddress = "亦庄售后仓",
        },
    };

    private static AuditRuleSet Rules(long rejectReason = 1002) => new(
    [
        new AuditRule { Name = "repairs: ask", Expectations = [CustomerExpectation.Repair], Action = AuditActionKind.AskFeedback, ReasonCode = 1001 },
        new AuditRule { Name = "logistics: pickup", QuestionTypeCid1 = [1003], Action = AuditActionKind.ApproveDoorPickup, ReasonCode = 1003 },
        new AuditRule { Name = "quality: ship back", QuestionTypeCid1 = [1001], Action = AuditActionKind.ApproveReturnShipping, ReasonCode = 1001 },
        new AuditRule { Name = "no reason: reject", QuestionTypeCid1 = [1002], MaxAmount = 200m, Action = AuditActionKind.Reject, ReasonCode = rejectReason, SubReasonCode = rejectReason == 1002 ? 100201 : null },
    ]);

    private static int WriteCount(ClientFixture fixture) => Writes.Sum(m => fixture.Gateway.Journal.ForMethod(m).Count);

    [Fact]
    public async Task A_dry_run_decides_every_pending_service_and_writes_nothing()
    {
        await using var fixture = ClientFixture.Start();
        var pending = fixture.Gateway.Data.ServiceOrders.Where(s => s.ServiceStatus == 10001).ToList();
        var audit = new AuditAutomation(fixture.Client(), Options, timeProvider: fixture.Clock);

        var decisions = await audit.DryRunAsync(Rules());

        Assert.Equal(pending.Select(s => s.ServiceId).Order(), decisions.Select(d => d.Candidate.ServiceId).Order());
        Assert.Equal(0, WriteCount(fixture));
        foreach (var decision in decisions)
        {
            var data = pending.Single(s => s.ServiceId == decision.Candidate.ServiceId);
            var expected = data.CustomerExpect == 30 ? AuditActionKind.AskFeedback
                : data.QuestionTypeCid1 == 1003 ? AuditActionKind.ApproveDoorPickup
                : data.QuestionTypeCid1 == 1001 ? AuditActionKind.ApproveReturnShipping
                : data.QuestionTypeCid1 == 1002 && data.ActualPayPrice <= 200m ? AuditActionKind.Reject
                : AuditActionKind.Leave;
            Assert.Equal(expected, decision.Action);
            Assert.Equal(data.SysVersion, decision.Candidate.SysVersion);
            Assert.Contains(data.QuestionDesc, decision.Candidate.ReasonText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Applying_writes_each_decision_once_records_it_and_a_second_apply_is_refused_as_stale()
    {
        await using var fixture = ClientFixture.Start();
        var data = fixture.Gateway.Data;
        var recorder = new InMemoryAuditRecorder();
        var audit = new AuditAutomation(fixture.Client(), Options, recorder, fixture.Clock);
        var rules = Rules();
        var decisions = await audit.DryRunAsync(rules);
        var acted = decisions.Where(d => d.Action != AuditActionKind.Leave).ToList();

        var records = await audit.ApplyAsync(rules, decisions);

        Assert.Equal(acted.Count, records.Count);
        Assert.Equal(records, recorder.Records);
        Assert.All(records, r => Assert.Equal(AuditOutcome.Succeeded, r.Outcome));
        Assert.Equal(acted.Count, WriteCount(fixture));
        foreach (var decision in decisions)
        {
            var status = data.FindServiceOrder(decision.Candidate.ServiceId)!.ServiceStatus;
            var expected = decision.Action switch
            {
                AuditActionKind.Reject => 10004,
                AuditActionKind.AskFeedback => 10002,
                AuditActionKind.ApproveDoorPickup or AuditActionKind.ApproveReturnShipping => 10005,
                _ => 10001,
            };
            Assert.Equal(expected, status);
        }

        Assert.Contains(acted, d => d.Action == AuditActionKind.ApproveDoorPickup);
        Assert.All(records, r => Assert.Equal(acted.Single(d => d.Candidate.ServiceId == r.ServiceId).RuleName, r.Rule));

        // The same (now stale) decisions again: JD refuses every one, nothing changes, every refusal is recorded.
        var again = await audit.ApplyAsync(rules, decisions);
        Assert.All(again, r => Assert.Equal(AuditOutcome.StaleVersion, r.Outcome));
        Assert.Equal(acted.Count * 2, recorder.Records.Count);
    }

    [Fact]
    public async Task A_reason_code_outside_JDs_reason_tree_is_refused_before_any_write()
    {
        await using var fixture = ClientFixture.Start();
        var audit = new AuditAutomation(fixture.Client(), Options, timeProvider: fixture.Clock);
        var rules = Rules(rejectReason: 9999);
        var decisions = await audit.DryRunAsync(rules);

        var error = await Assert.ThrowsAsync<AuditRulesException>(() => audit.ApplyAsync(rules, decisions));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((3, "no reason: reject", "reasonCode"), (problem.RuleIndex!.Value, problem.RuleName, problem.Field));
        Assert.Equal(0, WriteCount(fixture));
    }

    [Fact]
    public async Task A_sub_reason_must_be_a_child_of_the_rules_reason()
    {
        await using var fixture = ClientFixture.Start();
        var audit = new AuditAutomation(fixture.Client(), Options, timeProvider: fixture.Clock);
        var rules = new AuditRuleSet([new AuditRule { Name = "mixed", Action = AuditActionKind.Reject, ReasonCode = 1002, SubReasonCode = 100101 }]);

        var error = await Assert.ThrowsAsync<AuditRulesException>(() => audit.ValidateReasonsAsync(rules));

        Assert.Equal("subReasonCode", Assert.Single(error.Problems).Field);
    }

    [Fact]
    public async Task Recent_requests_are_counted_from_the_service_order_list()
    {
        await using var fixture = ClientFixture.Start();
        var data = fixture.Gateway.Data;
        var audit = new AuditAutomation(fixture.Client(), Options, timeProvider: fixture.Clock);
        var rules = new AuditRuleSet([new AuditRule { Name = "any", RecentRequests = new RecentRequestsCondition { WithinDays = 60, Min = 0 }, Action = AuditActionKind.Leave }]);
        var now = fixture.Clock.GetUtcNow();

        var candidates = await audit.ReadCandidatesAsync(rules);

        foreach (var candidate in candidates)
        {
            var expected = data.ServiceOrders.Count(s => s.CustomerPin == candidate.CustomerPin && s.ApplyTime >= now.AddDays(-60) && s.ApplyTime <= now);
            Assert.Equal(expected, candidate.CountRecentRequests(60, now));
        }
    }
}
