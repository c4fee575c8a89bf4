using System.Globalization;
using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using JdAfterSales.ContractTests.Client;
using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Automation;

/// <summary>
/// Audit and return completion given work-item leases: two jobs sharing one lease store never both write an item, an
/// item someone else holds is skipped and reported, and a lease store that cannot be reached writes nothing.
/// </summary>
public sealed class WorkItemLeaseContractTests
{
    private const string Register = "jingdong.asc.receive.register";
    private const string Reply = "jingdong.pop.afs.soa.refundapply.replyRefund";

    private static readonly string[] AuditWrites =
        ["jingdong.asc.audit.refuse", "jingdong.asc.audit.send", "jingdong.asc.audit.homepick", "jingdong.asc.audit.waitFeedback"];

    private static readonly AutomationOptions Options = new()
    {
        LogisticsCustomerCode = "010K0000001",
        ReturnAddress = new AscContactAddress
        {
            ContactName = "售后仓", ContactTel = "010-12345678", Zipcode = "100176", Province = 1, City = 72, County = 2819, DetailAddress = "亦庄售后仓",
        },
    };

    private static readonly AuditRuleSet Rules = new(
    [
        new AuditRule { Name = "repairs: ask", Expectations = [CustomerExpectation.Repair], Action = AuditActionKind.AskFeedback, ReasonCode = 1001 },
        new AuditRule { Name = "logistics: pickup", QuestionTypeCid1 = [1003], Action = AuditActionKind.ApproveDoorPickup, ReasonCode = 1003 },
        new AuditRule { Name = "quality: ship back", QuestionTypeCid1 = [1001], Action = AuditActionKind.ApproveReturnShipping, ReasonCode = 1001 },
        new AuditRule { Name = "no reason: reject", QuestionTypeCid1 = [1002], MaxAmount = 200m, Action = AuditActionKind.Reject, ReasonCode = 1002, SubReasonCode = 100201 },
    ]);

    [Fact]
    public async Task Two_audit_jobs_sharing_leases_apply_the_same_decisions_at_once_and_write_each_service_order_once()
    {
        await using var fixture = ClientFixture.Start();
        var leases = new JdInMemoryWorkItemLeases(fixture.Clock);
        var first = new AuditAutomation(fixture.Client(), Options, timeProvider: fixture.Clock, leases: leases);
        var second = new AuditAutomation(fixture.Client(), Options, timeProvider: fixture.Clock, leases: leases);
        var decisions = await first.DryRunAsync(Rules);
        var acted = decisions.Where(d => d.Action != AuditActionKind.Leave).Select(d => d.Candidate.ServiceId).ToList();
        Assert.NotEmpty(acted);

        var results = await Task.WhenAll(first.ApplyAsync(Rules, decisions), second.ApplyAsync(Rules, decisions));

        foreach (var serviceId in acted)
        {
            Assert.Equal(1, AuditWritesFor(fixture.Gateway, serviceId));
            var outcomes = results.SelectMany(r => r).Where(r => r.ServiceId == serviceId).Select(r => r.Outcome).ToList();
            Assert.Equal(1, outcomes.Count(o => o == AuditOutcome.Succeeded));

            // The other job found it held, or leased it after the write and saw it had changed: nothing sent either way.
            Assert.Single(outcomes, o => o is AuditOutcome.HeldElsewhere or AuditOutcome.StaleVersion);
        }

        Assert.Equal(acted.Count, AuditWrites.Sum(m => fixture.Gateway.Journal.ForMethod(m).Count));
    }

    [Fact]
    public async Task Two_workers_deciding_and_applying_item_by_item_write_each_service_order_once()
    {
        await using var fixture = ClientFixture.Start();
        var leases = new JdInMemoryWorkItemLeases(fixture.Clock);
        var client = fixture.Client();
        var pending = await client.AfterSales.ListAllServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit, PageSize = 50 }).ToListAsync();
        var workers = Enumerable.Range(0, 2).Select(_ => new AuditAutomation(fixture.Client(), Options, timeProvider: fixture.Clock, leases: leases)).ToArray();

        var records = await Task.WhenAll(workers.Select(async worker =>
        {
            var mine = new List<AuditRecord>();
            foreach (var service in pending)
            {
                mine.Add(await worker.DecideAndApplyAsync(Rules, service));
            }

            return mine;
        }));

        var written = records.SelectMany(r => r).Where(r => r.Outcome == AuditOutcome.Succeeded).Select(r => r.ServiceId).ToList();
        Assert.NotEmpty(written);
        Assert.Equal(written.Count, written.Distinct().Count());
        Assert.All(written, id => Assert.Equal(1, AuditWritesFor(fixture.Gateway, id)));
        Assert.Equal(written.Count, AuditWrites.Sum(m => fixture.Gateway.Journal.ForMethod(m).Count));
        Assert.All(records.SelectMany(r => r).Where(r => r.Outcome == AuditOutcome.HeldElsewhere), r => Assert.Equal(AuditRuleSet.NotDecidedRuleName, r.Rule));
    }

    [Fact]
    public async Task Two_return_completions_sharing_leases_register_each_receipt_and_reply_to_each_refund_once()
    {
        await using var fixture = ClientFixture.Start();
        var gateway = fixture.Gateway;
        var signed = SignAllReturns(gateway);
        var leases = new JdInMemoryWorkItemLeases(fixture.Clock);

        var runs = await Task.WhenAll(
            new ReturnCompletion(fixture.Client(), Options, fixture.Clock, leases).RunAsync(),
            new ReturnCompletion(fixture.Client(), Options, fixture.Clock, leases).RunAsync());

        Assert.All(signed, id => Assert.Equal(1, Sent(gateway, Register, "serviceId", id)));
        Assert.Equal(signed.Count, gateway.Journal.ForMethod(Register).Count);
        var replied = gateway.Journal.ForMethod(Reply).Select(r => r.GetBusinessParameter("id")).ToList();
        Assert.NotEmpty(replied);
        Assert.Equal(replied.Count, replied.Distinct().Count());
        Assert.Equal(replied.Count, runs.SelectMany(r => r).Count(i => i.ApprovedRefund));
        Assert.All(signed, id => Assert.Equal(10007, gateway.Data.FindServiceOrder(id)!.ServiceStatus));
    }

    [Fact]
    public async Task A_service_order_another_worker_holds_is_skipped_and_reported_and_written_once_the_lease_is_free()
    {
        await using var fixture = ClientFixture.Start();
        var leases = new JdInMemoryWorkItemLeases(fixture.Clock);
        var audit = new AuditAutomation(fixture.Client(), Options, timeProvider: fixture.Clock, leases: leases);
        var decisions = await audit.DryRunAsync(Rules);
        var held = decisions.First(d => d.Action != AuditActionKind.Leave).Candidate.ServiceId;
        var lease = (await leases.TryAcquireAsync(JdWorkItemKeys.ServiceOrder(held), TimeSpan.FromMinutes(5), default))!;

        var records = await audit.ApplyAsync(Rules, decisions);

        var skipped = Assert.Single(records, r => r.ServiceId == held);
        Assert.Equal(AuditOutcome.HeldElsewhere, skipped.Outcome);
        Assert.Equal(0, AuditWritesFor(fixture.Gateway, held));
        Assert.All(records.Where(r => r.ServiceId != held), r => Assert.Equal(AuditOutcome.Succeeded, r.Outcome));

        await lease.ReleaseAsync(default);
        var again = await audit.ApplyAsync(Rules, [decisions.Single(d => d.Candidate.ServiceId == held)]);
        Assert.Equal(AuditOutcome.Succeeded, Assert.Single(again).Outcome);
        Assert.Equal(1, AuditWritesFor(fixture.Gateway, held));
    }

    [Fact]
    public async Task A_return_another_worker_holds_is_skipped_and_reported_and_nothing_is_written_for_it()
    {
        await using var fixture = ClientFixture.Start();
        var gateway = fixture.Gateway;
        var signed = SignAllReturns(gateway);
        var leases = new JdInMemoryWorkItemLeases(fixture.Clock);
        var held = signed[0];
        await using var lease = await leases.TryAcquireAsync(JdWorkItemKeys.ServiceOrder(held), TimeSpan.FromMinutes(5), default);

        var items = await new ReturnCompletion(fixture.Client(), Options, fixture.Clock, leases).RunAsync();

        Assert.Equal(ReturnCompletionOutcome.HeldElsewhere, items.Single(i => i.ServiceId == held).Outcome);
        Assert.Equal(0, Sent(gateway, Register, "serviceId", held));
        Assert.All(signed.Skip(1), id => Assert.Equal(1, Sent(gateway, Register, "serviceId", id)));
    }

    [Fact]
    public async Task A_lease_store_that_cannot_be_reached_pauses_the_audit_and_nothing_is_written()
    {
        await using var fixture = ClientFixture.Start();
        var audit = new AuditAutomation(fixture.Client(), Options, timeProvider: fixture.Clock, leases: new UnreachableLeases(failRenewals: false));
        var decisions = await audit.DryRunAsync(Rules);
        var pending = await fixture.Client().AfterSales.ListAllServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit, PageSize = 50 }).ToListAsync();

        await Assert.ThrowsAsync<JdCoordinationException>(() => audit.ApplyAsync(Rules, decisions));
        await Assert.ThrowsAsync<JdCoordinationException>(() => audit.DecideAndApplyAsync(Rules, pending[0]));

        // Leased, then the store goes away before the write: the renewal fails and nothing is sent.
        var renewalsFail = new AuditAutomation(fixture.Client(), Options, timeProvider: fixture.Clock, leases: new UnreachableLeases(failRenewals: true));
        await Assert.ThrowsAsync<JdCoordinationException>(() => renewalsFail.ApplyAsync(Rules, decisions));
        Assert.Equal(0, AuditWrites.Sum(m => fixture.Gateway.Journal.ForMethod(m).Count));
    }

    [Fact]
    public async Task A_lease_store_that_cannot_be_reached_pauses_return_completion_and_nothing_is_written()
    {
        await using var fixture = ClientFixture.Start();
        var gateway = fixture.Gateway;
        SignAllReturns(gateway);

        await Assert.ThrowsAsync<JdCoordinationException>(() => new ReturnCompletion(fixture.Client(), Options, fixture.Clock, new UnreachableLeases(failRenewals: false)).RunAsync());
        await Assert.ThrowsAsync<JdCoordinationException>(() => new ReturnCompletion(fixture.Client(), Options, fixture.Clock, new UnreachableLeases(failRenewals: true)).RunAsync());

        Assert.Empty(gateway.Journal.ForMethod(Register));
        Assert.Empty(gateway.Journal.ForMethod(Reply));
    }

    private static List<long> SignAllReturns(FakeJdGateway gateway)
    {
        var ids = gateway.Data.ServiceOrders.Where(s => s.ServiceStatus == 10005 && s.ExpressCode is not null).Select(s => s.ServiceId).ToList();
        ids.ForEach(gateway.SignForReturn);
        Assert.NotEmpty(ids);
        return ids;
    }

    private static int AuditWritesFor(FakeJdGateway gateway, long serviceId) =>
        AuditWrites.Sum(m => Sent(gateway, m, "serviceId", serviceId));

    private static int Sent(FakeJdGateway gateway, string method, string parameter, long id) =>
        gateway.Journal.ForMethod(method).Count(r => r.GetBusinessParameter(parameter) == id.ToString(CultureInfo.InvariantCulture));

    /// <summary>A lease service that is down: from the start, or (with <c>failRenewals</c>) right after granting a lease.</summary>
    private sealed class UnreachableLeases(bool failRenewals) : IJdWorkItemLeases
    {
        public ValueTask<IJdWorkItemLease?> TryAcquireAsync(string itemKey, TimeSpan duration, CancellationToken cancellationToken) =>
            failRenewals ? new(new GrantedThenUnreachable(itemKey, duration)) : throw new JdCoordinationException("lease service down (test)");

        private sealed class GrantedThenUnreachable(string itemKey, TimeSpan duration) : IJdWorkItemLease
        {
            public string ItemKey => itemKey;

            public DateTimeOffset ExpiresAt { get; } = TimeProvider.System.GetUtcNow() + duration;

            public ValueTask<bool> RenewAsync(TimeSpan duration, CancellationToken cancellationToken) => throw new JdCoordinationException("lease service down (test)");

            public ValueTask ReleaseAsync(CancellationToken cancellationToken) => throw new JdCoordinationException("lease service down (test)");

            public ValueTask DisposeAsync() => ReleaseAsync(CancellationToken.None);
        }
    }
}
