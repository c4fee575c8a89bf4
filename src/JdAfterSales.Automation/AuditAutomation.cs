using System.Globalization;
using System.Text.Json;
using JdAfterSales.AfterSales;
using JdAfterSales.Orders;

namespace JdAfterSales.Automation;

/// <summary>
/// Rule-based audit of pending service orders (status 10001). <see cref="DryRunAsync"/> reads the pending service orders
/// and shows the decision each rule set makes with the rule that made it, writing nothing; <see cref="ApplyAsync"/>
/// checks the rules' reason codes against JD's reason tree, then applies the decisions, each once, with the
/// <c>sysVersion</c> read, and records every one with its outcome. <see cref="DecideAndApplyAsync"/> does the same
/// for one service order at a time, as a worker following changes does.
/// </summary>
/// <remarks>
/// Given an <see cref="IJdWorkItemLeases"/>, several instances can apply at once: each service order's lease is taken
/// before it is read for the write (<see cref="ApplyAsync"/> reads it again under the lease and writes only when it is
/// unchanged since it was decided), renewed before the write and released after; an item another holder has is
/// skipped as <see cref="AuditOutcome.HeldElsewhere"/>. When the lease service cannot be reached the run stops with
/// <see cref="JdCoordinationException"/> before writing anything more. Without leases the job assumes it runs alone.
/// </remarks>
public sealed class AuditAutomation
{
    private readonly JdClient _client;
    private readonly AutomationOptions _options;
    private readonly IAuditRecorder _recorder;
    private readonly TimeProvider _time;
    private readonly IJdWorkItemLeases? _leases;
    private AuditRuleSet? _checkedRules;

    /// <summary>Creates the audit job.</summary>
    /// <param name="client">The JD client.</param>
    /// <param name="options">The shop's return address and other settings.</param>
    /// <param name="recorder">The audit trail; in memory when <c>null</c>.</param>
    /// <param name="timeProvider">The clock; the system clock when <c>null</c>.</param>
    /// <param name="leases">Work-item leases shared with the other instances; <c>null</c> when this is the only one.</param>
    public AuditAutomation(JdClient client, AutomationOptions? options = null, IAuditRecorder? recorder = null, TimeProvider? timeProvider = null, IJdWorkItemLeases? leases = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new AutomationOptions();
        _recorder = recorder ?? new InMemoryAuditRecorder();
        _time = timeProvider ?? TimeProvider.System;
        _leases = leases;
    }

    /// <summary>The audit trail in use.</summary>
    public IAuditRecorder Recorder => _recorder;

    /// <summary>
    /// Reads every pending service order with what the rules need: the full service order, the customer's recent
    /// requests (from <c>jingdong.asc.query.list</c> over the longest recent-requests window) and, when a rule asks,
    /// the order's placement time (<c>jingdong.pop.order.get</c>).
    /// </summary>
    /// <param name="rules">The rules (they decide which extra reads are needed).</param>
    /// <param name="progress">Reports how many service orders were read so far; optional.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The candidates, oldest application first.</returns>
    public async Task<IReadOnlyList<AuditCandidate>> ReadCandidatesAsync(AuditRuleSet rules, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var now = _time.GetUtcNow();
        var pending = new List<ServiceBrief>();
        await foreach (var service in _client.AfterSales.ListAllServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit, PageSize = 50 }, cancellationToken).ConfigureAwait(false))
        {
            pending.Add(service);
            progress?.Report(pending.Count);
        }

        var history = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        var window = RecentRequestsWindow(rules);
        if (window > 0)
        {
            var request = new ListServicesRequest { ApplyTimeBegin = now.AddDays(-window), ApplyTimeEnd = now, PageSize = 50 };
            var read = pending.Count;
            await foreach (var service in _client.AfterSales.ListAllServicesAsync(request, cancellationToken).ConfigureAwait(false))
            {
                AddHistory(history, service);
                progress?.Report(++read);
            }
        }

        var needOrders = NeedsOrders(rules);
        var candidates = new AuditCandidate[pending.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, pending.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.MaxConcurrentReads), CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var brief = pending[i];
                var bill = brief.OrderId is { } orderId
                    ? await _client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = brief.ServiceId, OrderId = orderId }, ct).ConfigureAwait(false)
                    : null;
                DateTimeOffset? placed = null;
                if (needOrders && brief.OrderId is { } id)
                {
                    placed = (await _client.Orders.GetAsync(new GetOrderRequest { OrderId = id, Fields = [OrderField.OrderId, OrderField.OrderStartTime] }, ct).ConfigureAwait(false)).StartTime;
                }

                candidates[i] = ToCandidate(brief, bill, placed, history);
            }).ConfigureAwait(false);
        return candidates.OrderBy(c => c.ApplyTime).ThenBy(c => c.ServiceId).ToArray();
    }

    /// <summary>Decides every pending service order and writes nothing.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="progress">Reports how many service orders were read so far; optional.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>One decision per pending service order, with the rule that made it.</returns>
    public async Task<IReadOnlyList<AuditDecision>> DryRunAsync(AuditRuleSet rules, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var candidates = await ReadCandidatesAsync(rules, progress, cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        return candidates.Select(c => rules.Evaluate(c, now)).ToArray();
    }

    /// <summary>
    /// Reads one service order with what the rules need (the full service order, the customer's recent requests
    /// through <c>jingdong.asc.query.list</c> by the customer's account, the order's placement time when a rule asks)
    /// and decides it. Writes nothing and takes no lease.
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <param name="service">The service order, as listed (for example by <c>jingdong.asc.sync.list</c>).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The decision, or <c>null</c> when the service order is no longer pending audit.</returns>
    public async Task<AuditDecision?> DecideAsync(AuditRuleSet rules, ServiceBrief service, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(service);
        if (service.OrderId is not { } orderId)
        {
            return null;
        }

        var bill = await _client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = service.ServiceId, OrderId = orderId }, cancellationToken).ConfigureAwait(false);
        if (bill.Status != ServiceStatus.PendingAudit)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        var history = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        var window = RecentRequestsWindow(rules);
        if (window > 0 && (service.CustomerPin ?? bill.CustomerInfo?.JdPin) is { } pin)
        {
            var request = new ListServicesRequest { CustomerPin = pin, ApplyTimeBegin = now.AddDays(-window), ApplyTimeEnd = now, PageSize = 50 };
            await foreach (var earlier in _client.AfterSales.ListAllServicesAsync(request, cancellationToken).ConfigureAwait(false))
            {
                AddHistory(history, earlier);
            }
        }

        DateTimeOffset? placed = null;
        if (NeedsOrders(rules))
        {
            placed = (await _client.Orders.GetAsync(new GetOrderRequest { OrderId = orderId, Fields = [OrderField.OrderId, OrderField.OrderStartTime] }, cancellationToken).ConfigureAwait(false)).StartTime;
        }

        return rules.Evaluate(ToCandidate(service, bill, placed, history), now);
    }

    /// <summary>
    /// Audits one service order as a worker following changes does: checks the reason codes once per rule set, takes
    /// the service order's lease (given leases), reads and decides it (<see cref="DecideAsync"/>), and applies a
    /// decision that is not "leave" once, with the <c>sysVersion</c> just read, renewing the lease first. Applied
    /// decisions are recorded in the audit trail.
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <param name="service">The service order, as listed (for example by <c>jingdong.asc.sync.list</c>).</param>
    /// <param name="cancellationToken">Cancels the reads and the write.</param>
    /// <returns>
    /// What happened: <see cref="AuditOutcome.HeldElsewhere"/> (another holder has it; nothing read or written),
    /// <see cref="AuditOutcome.LeftForPerson"/> (the rules leave it), <see cref="AuditOutcome.NotApplicable"/> (no
    /// longer pending audit), <see cref="AuditOutcome.Failed"/> (a read failed), or the write's outcome. A record
    /// of a service order that was not decided names <see cref="AuditRuleSet.NotDecidedRuleName"/>.
    /// </returns>
    /// <exception cref="AuditRulesException">A reason code is not in JD's tree; nothing was written.</exception>
    /// <exception cref="JdCoordinationException">The lease service could not be reached: nothing was written.</exception>
    public async Task<AuditRecord> DecideAndApplyAsync(AuditRuleSet rules, ServiceBrief service, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(service);
        await ValidateReasonsOnceAsync(rules, cancellationToken).ConfigureAwait(false);
        HeldWorkItem? held = null;
        if (_leases is not null)
        {
            held = await HeldWorkItem.TryTakeAsync(_leases, JdWorkItemKeys.ServiceOrder(service.ServiceId), _options.WorkItemLeaseDuration, cancellationToken).ConfigureAwait(false);
            if (held is null)
            {
                return NotDecided(service, AuditOutcome.HeldElsewhere, HeldWorkItem.HeldMessage);
            }
        }

        try
        {
            AuditDecision? decision;
            try
            {
                decision = await DecideAsync(rules, service, cancellationToken).ConfigureAwait(false);
            }
            catch (JdException e) when (e is not JdValidationException and not JdCoordinationException)
            {
                return NotDecided(service, AuditOutcome.Failed, e.GetType().Name);
            }

            if (decision is null)
            {
                return NotDecided(service, AuditOutcome.NotApplicable, "no longer pending audit");
            }

            if (decision.Action == AuditActionKind.Leave)
            {
                return Record(decision, AuditOutcome.LeftForPerson, null);
            }

            var (outcome, message) = await WriteAsync(decision, held, cancellationToken).ConfigureAwait(false);
            var record = Record(decision, outcome, message);
            await _recorder.RecordAsync(record, cancellationToken).ConfigureAwait(false);
            return record;
        }
        finally
        {
            if (held is not null)
            {
                await held.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Checks every reason code of the rules against JD's audit reason tree (<c>jingdong.asc.audit.reason.list</c>):
    /// a first-level code must be a first-level reason, a sub-reason a child of its rule's reason.
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>A task that completes when every code is known.</returns>
    /// <exception cref="AuditRulesException">A code is not in JD's tree; every such rule is listed.</exception>
    public async Task ValidateReasonsAsync(AuditRuleSet rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (!rules.Rules.Any(r => r.ReasonCode is not null))
        {
            return;
        }

        var level1 = await _client.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest(), cancellationToken).ConfigureAwait(false);
        var children = new Dictionary<long, IReadOnlyList<AuditReason>>();
        var problems = new List<AuditRuleProblem>();
        for (var i = 0; i < rules.Rules.Count; i++)
        {
            var rule = rules.Rules[i];
            if (rule.ReasonCode is not { } code)
            {
                continue;
            }

            if (!level1.Any(r => r.Code == code))
            {
                problems.Add(new AuditRuleProblem(i, rule.Name, "reasonCode", $"{code} is not a first-level reason in JD's audit reason tree."));
                continue;
            }

            if (rule.SubReasonCode is { } sub)
            {
                if (!children.TryGetValue(code, out var list))
                {
                    list = await _client.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest { ParentCode = code }, cancellationToken).ConfigureAwait(false);
                    children[code] = list;
                }

                if (!list.Any(r => r.Code == sub))
                {
                    problems.Add(new AuditRuleProblem(i, rule.Name, "subReasonCode", $"{sub} is not a reason under {code} in JD's audit reason tree."));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new AuditRulesException(problems);
        }
    }

    /// <summary>
    /// Checks the reason codes (<see cref="ValidateReasonsAsync"/>, once per rule set), then applies each decision
    /// that is not "leave": one write per service order with the <c>sysVersion</c> read, never re-sent. Given leases,
    /// each service order is leased and read again first, and written only when its status and <c>sysVersion</c> are
    /// still those decided on (otherwise <see cref="AuditOutcome.StaleVersion"/>, nothing sent). Every applied
    /// decision is recorded with its outcome; a stale version, a refusal or an item held elsewhere is recorded and
    /// the run goes on.
    /// </summary>
    /// <param name="rules">The rules that made the decisions.</param>
    /// <param name="decisions">The decisions (from <see cref="DryRunAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the run between writes.</param>
    /// <returns>The records of the applied decisions.</returns>
    /// <exception cref="AuditRulesException">A reason code is not in JD's tree; nothing was written.</exception>
    /// <exception cref="JdCoordinationException">The lease service could not be reached: the run paused; nothing more was written.</exception>
    public async Task<IReadOnlyList<AuditRecord>> ApplyAsync(AuditRuleSet rules, IReadOnlyList<AuditDecision> decisions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        await ValidateReasonsOnceAsync(rules, cancellationToken).ConfigureAwait(false);
        var records = new List<AuditRecord>();
        foreach (var decision in decisions.Where(d => d.Action != AuditActionKind.Leave))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (outcome, message) = _leases is null
                ? await WriteAsync(decision, held: null, cancellationToken).ConfigureAwait(false)
                : await WriteUnderLeaseAsync(decision, _leases, cancellationToken).ConfigureAwait(false);
            var record = Record(decision, outcome, message);
            await _recorder.RecordAsync(record, cancellationToken).ConfigureAwait(false);
            records.Add(record);
        }

        return records;
    }

    private async Task ValidateReasonsOnceAsync(AuditRuleSet rules, CancellationToken cancellationToken)
    {
        // A rule set is immutable and JD's reason tree changes rarely: a worker applying item by item asks once.
        ArgumentNullException.ThrowIfNull(rules);
        if (!ReferenceEquals(Volatile.Read(ref _checkedRules), rules))
        {
            await ValidateReasonsAsync(rules, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _checkedRules, rules);
        }
    }

    private AuditRecord Record(AuditDecision decision, AuditOutcome outcome, string? message) => new()
    {
        At = _time.GetUtcNow(),
        ServiceId = decision.Candidate.ServiceId,
        OrderId = decision.Candidate.OrderId,
        RuleIndex = decision.RuleIndex,
        Rule = decision.RuleName,
        Action = decision.Action,
        Outcome = outcome,
        Message = message,
    };

    private AuditRecord NotDecided(ServiceBrief service, AuditOutcome outcome, string message) => new()
    {
        At = _time.GetUtcNow(),
        ServiceId = service.ServiceId,
        OrderId = service.OrderId ?? 0,
        Rule = AuditRuleSet.NotDecidedRuleName,
        Action = AuditActionKind.Leave,
        Outcome = outcome,
        Message = message,
    };

    private async Task<(AuditOutcome Outcome, string? Message)> WriteUnderLeaseAsync(AuditDecision decision, IJdWorkItemLeases leases, CancellationToken cancellationToken)
    {
        var candidate = decision.Candidate;
        var held = await HeldWorkItem.TryTakeAsync(leases, JdWorkItemKeys.ServiceOrder(candidate.ServiceId), _options.WorkItemLeaseDuration, cancellationToken).ConfigureAwait(false);
        if (held is null)
        {
            return (AuditOutcome.HeldElsewhere, HeldWorkItem.HeldMessage);
        }

        try
        {
            // Read again under the lease: another instance may have written it since it was decided.
            ServiceBill bill;
            try
            {
                bill = await _client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = candidate.ServiceId, OrderId = candidate.OrderId }, cancellationToken).ConfigureAwait(false);
            }
            catch (JdException e) when (e is not JdValidationException and not JdCoordinationException)
            {
                return (AuditOutcome.Failed, e.GetType().Name);
            }

            if (bill.Status != ServiceStatus.PendingAudit || bill.SysVersion != candidate.SysVersion)
            {
                return (AuditOutcome.StaleVersion, $"changed since it was decided (status {bill.Status}, sysVersion {bill.SysVersion?.ToString(CultureInfo.InvariantCulture) ?? "none"}); nothing was sent: decide again");
            }

            return await WriteAsync(decision, held, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await held.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<(AuditOutcome Outcome, string? Message)> WriteAsync(AuditDecision decision, HeldWorkItem? held, CancellationToken cancellationToken)
    {
        var candidate = decision.Candidate;
        var rule = decision.Rule!;
        var notes = rule.Notes ?? DefaultNotes(rule.Action);
        var reason = rule.ReasonCode!.Value;
        if (candidate.SysVersion is null)
        {
            return (AuditOutcome.NotApplicable, "JD sent no sysVersion for the service order (closed or changing); read it again later");
        }

        if (held is not null && !await held.RenewForWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            return (AuditOutcome.HeldElsewhere, HeldWorkItem.LostMessage);
        }

        try
        {
            switch (rule.Action)
            {
                case AuditActionKind.Reject:
                    await _client.AfterSales.RejectServiceAsync(
                        new RejectServiceRequest
                        {
                            ServiceId = candidate.ServiceId, OrderId = candidate.OrderId, SysVersion = candidate.SysVersion,
                            ApproveNotes = notes, ApproveReasonCid1 = reason, ApproveReasonCid2 = rule.SubReasonCode,
                        },
                        cancellationToken).ConfigureAwait(false);
                    break;
                case AuditActionKind.AskFeedback:
                    await _client.AfterSales.RequestCustomerFeedbackAsync(
                        new RequestCustomerFeedbackRequest
                        {
                            ServiceId = candidate.ServiceId, OrderId = candidate.OrderId, SysVersion = candidate.SysVersion,
                            ApproveNotes = notes, ApproveReasonCid1 = reason, ApproveReasonCid2 = rule.SubReasonCode,
                        },
                        cancellationToken).ConfigureAwait(false);
                    break;
                case AuditActionKind.ApproveReturnShipping or AuditActionKind.ApproveDoorPickup:
                    if (_options.ReturnAddress is not { } returnAddress)
                    {
                        return (AuditOutcome.NotApplicable, "no return address in AutomationOptions.ReturnAddress");
                    }

                    var details = candidate.Bill?.Details.Select(d => d.ServiceDetailId).Where(id => id > 0).ToArray() ?? [];
                    if (details.Length == 0)
                    {
                        return (AuditOutcome.NotApplicable, "the service order lists no items (serviceBillDetailList)");
                    }

                    if (rule.Action == AuditActionKind.ApproveReturnShipping)
                    {
                        await _client.AfterSales.ApproveForReturnShippingAsync(
                            new ApproveForReturnShippingRequest
                            {
                                ServiceId = candidate.ServiceId, OrderId = candidate.OrderId, SysVersion = candidate.SysVersion,
                                ApproveNotes = notes, ApproveReasonCid1 = reason, ApproveReasonCid2 = rule.SubReasonCode,
                                ReturnAddress = returnAddress, ReturnAddressType = _options.ReturnAddressType, ApplyDetailIds = details,
                            },
                            cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        if (PickupAddress(candidate.Bill) is not { } pickup)
                        {
                            return (AuditOutcome.NotApplicable, "the service order has no complete pickup address");
                        }

                        await _client.AfterSales.ApproveForDoorPickupAsync(
                            new ApproveForDoorPickupRequest
                            {
                                ServiceId = candidate.ServiceId, OrderId = candidate.OrderId, SysVersion = candidate.SysVersion,
                                ApproveNotes = notes, ApproveReasonCid1 = reason, ApproveReasonCid2 = rule.SubReasonCode,
                                ReturnAddress = returnAddress, ReturnAddressType = _options.ReturnAddressType, ApplyDetailIds = details,
                                PickupAddress = pickup,
                            },
                            cancellationToken).ConfigureAwait(false);
                    }

                    break;
                default:
                    return (AuditOutcome.LeftForPerson, null);
            }

            return (AuditOutcome.Succeeded, null);
        }
        catch (JdConcurrencyException e)
        {
            return (AuditOutcome.StaleVersion, e.Code ?? "ASC_SYS_VERSION_ERROR");
        }
        catch (JdBusinessException e)
        {
            return (AuditOutcome.Refused, $"{e.Code}: {e.JdMessage}");
        }
        catch (JdValidationException e)
        {
            return (AuditOutcome.NotApplicable, $"{e.Field} {e.Rule}");
        }
        catch (JdException e) when (e is not JdCoordinationException)
        {
            return (AuditOutcome.Failed, e.GetType().Name);
        }
    }

    private static int RecentRequestsWindow(AuditRuleSet rules) =>
        rules.Rules.Where(r => r.RecentRequests is not null).Select(r => r.RecentRequests!.WithinDays).DefaultIfEmpty(0).Max();

    private static bool NeedsOrders(AuditRuleSet rules) => rules.Rules.Any(r => r.MinDaysSinceOrder is not null || r.MaxDaysSinceOrder is not null);

    private static AscContactAddress? PickupAddress(ServiceBill? bill)
    {
        var address = bill?.PickwareAddress;
        var customer = bill?.CustomerInfo;
        var tel = customer?.ContactInfo?.ContactTel ?? customer?.ContactInfo?.ContactMobile;
        if (address is not { ProvinceCode: > 0, CityCode: > 0, CountyCode: > 0 } || string.IsNullOrWhiteSpace(address.DetailAddress)
            || string.IsNullOrWhiteSpace(customer?.Name ?? customer?.ContactInfo?.ContactName) || string.IsNullOrWhiteSpace(tel))
        {
            return null;
        }

        return new AscContactAddress
        {
            ContactName = customer?.ContactInfo?.ContactName ?? customer!.Name!,
            ContactTel = tel,
            ContactMobile = customer?.ContactInfo?.ContactMobile,
            Province = address.ProvinceCode!.Value,
            City = address.CityCode!.Value,
            County = address.CountyCode!.Value,
            Village = address.VillageCode is > 0 ? address.VillageCode : null,
            DetailAddress = address.DetailAddress,
        };
    }

    private static string DefaultNotes(AuditActionKind action) => action switch
    {
        AuditActionKind.Reject => "经审核，不符合售后条件",
        AuditActionKind.AskFeedback => "请补充商品照片和问题描述",
        AuditActionKind.ApproveDoorPickup => "同意售后，将安排上门取件",
        _ => "同意售后，请寄回商品",
    };

    private static void AddHistory(Dictionary<string, List<DateTimeOffset>> history, ServiceBrief service)
    {
        if (service.CustomerPin is { } pin && service.ApplyTime is { } at)
        {
            if (!history.TryGetValue(pin, out var list))
            {
                history[pin] = list = [];
            }

            list.Add(at);
        }
    }

    internal static AuditCandidate ToCandidate(ServiceBrief brief, ServiceBill? bill, DateTimeOffset? placed, Dictionary<string, List<DateTimeOffset>> history)
    {
        // The view is fresher for what it carries (version, reasons, description); the list alone carries the
        // customer's account, the product and the amount paid at the top level (JD's ServiceBill has no such fields).
        var customerPin = brief.CustomerPin ?? bill?.CustomerInfo?.JdPin;
        var applied = bill?.ApplyTime ?? brief.ApplyTime;
        var times = customerPin is { } pin && history.TryGetValue(pin, out var list) ? list : [];
        if (applied is { } at && !times.Contains(at))
        {
            times = [.. times, at];
        }

        var questionTypeCid1Name = bill?.QuestionTypeCid1Name ?? brief.QuestionTypeCid1Name;
        var questionTypeCid2Name = bill?.QuestionTypeCid2Name ?? brief.QuestionTypeCid2Name;
        return new AuditCandidate
        {
            ServiceId = brief.ServiceId,
            OrderId = bill?.OrderId ?? brief.OrderId ?? 0,
            SysVersion = bill is null ? brief.SysVersion : bill.SysVersion,
            Expectation = bill?.CustomerExpectation ?? brief.CustomerExpectation,
            QuestionTypeCid1 = bill?.QuestionTypeCid1 ?? brief.QuestionTypeCid1,
            QuestionTypeCid2 = bill?.QuestionTypeCid2 ?? brief.QuestionTypeCid2,
            ReasonText = string.Join(" ", new[] { bill?.QuestionDescription, ApplyReason(bill?.ExtJson ?? brief.ExtJson), questionTypeCid1Name, questionTypeCid2Name }.Where(t => !string.IsNullOrEmpty(t))),
            Amount = brief.ActualPayPrice ?? PaidForItems(bill),
            CustomerGrade = brief.CustomerGrade ?? bill?.CustomerInfo?.Grade,
            CustomerPin = customerPin,
            CustomerName = brief.CustomerName ?? bill?.CustomerInfo?.Name,
            WareName = brief.WareName ?? (bill is { Details.Count: > 0 } ? bill.Details[0].WareName : null),
            ApplyTime = applied,
            OrderPlacedAt = placed,
            CustomerApplyTimes = times,
            Bill = bill,
        };
    }

    private static decimal? PaidForItems(ServiceBill? bill) =>
        bill is { Details.Count: > 0 } && bill.Details.All(d => d.ActualPayPrice is not null) ? bill.Details.Sum(d => d.ActualPayPrice) : null;

    private static string? ApplyReason(string? extJson)
    {
        if (string.IsNullOrWhiteSpace(extJson))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(extJson);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("APPLYREASON", out var reason) && reason.ValueKind == JsonValueKind.String
                ? reason.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
