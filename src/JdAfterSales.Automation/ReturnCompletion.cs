using JdAfterSales.AfterSales;
using JdAfterSales.Logistics;
using JdAfterSales.Refunds;

namespace JdAfterSales.Automation;

/// <summary>
/// Completes returns whose parcel is back: for each service order awaiting receipt (10005) whose return waybill
/// (<c>jingdong.asc.freight.view</c>) the JD Logistics trace shows as signed for, registers the receipt, then approves
/// the linked refund application (same order, pending). Idempotent by construction, with no local state: every write
/// is preceded by a fresh read (the service order's status and <c>sysVersion</c>, the refund's status), a receipt
/// already registered (status 10007) skips to the refund, a refund already approved is done, and an "already
/// audited" reply counts as done after a re-read. Service orders left at 10007 with a pending refund by an
/// interrupted run are found again through the pending refunds and finished. The trace is JD Logistics'
/// (<c>jingdong.ldop.receive.trace.get</c>); a return shipped with another carrier stays
/// <see cref="ReturnCompletionOutcome.NotSignedFor"/> and is left for a person. When several refund applications of the
/// order are pending, the one whose amount equals the service order's amount paid is taken; otherwise none is
/// (<see cref="ReturnCompletionOutcome.RefundAmbiguous"/>).
/// </summary>
/// <remarks>
/// Given an <see cref="IJdWorkItemLeases"/>, several instances can run at once: each service order's lease (and its
/// refund's) is taken before it is read for a write, renewed before every write and released after, and an item
/// another holder has is skipped as <see cref="ReturnCompletionOutcome.HeldElsewhere"/>. When the lease service
/// cannot be reached the run stops with <see cref="JdCoordinationException"/> before writing anything more. Without
/// leases the job assumes it runs alone.
/// </remarks>
public sealed class ReturnCompletion
{
    private static readonly HashSet<int> ApprovedRefundStatuses = [1, 3, 5, 6, 7, 9];

    private readonly JdClient _client;
    private readonly AutomationOptions _options;
    private readonly TimeProvider _time;
    private readonly IJdWorkItemLeases? _leases;

    /// <summary>Creates the job.</summary>
    /// <param name="client">The JD client.</param>
    /// <param name="options">Settings; <see cref="AutomationOptions.LogisticsCustomerCode"/> is required.</param>
    /// <param name="timeProvider">The clock; the system clock when <c>null</c>.</param>
    /// <param name="leases">Work-item leases shared with the other instances; <c>null</c> when this is the only one.</param>
    /// <exception cref="ArgumentException"><see cref="AutomationOptions.LogisticsCustomerCode"/> is missing.</exception>
    public ReturnCompletion(JdClient client, AutomationOptions options, TimeProvider? timeProvider = null, IJdWorkItemLeases? leases = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.LogisticsCustomerCode))
        {
            throw new ArgumentException("AutomationOptions.LogisticsCustomerCode is required to read return waybill traces.", nameof(options));
        }

        _client = client;
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _leases = leases;
    }

    /// <summary>Finds the returns to complete and completes each, one at a time.</summary>
    /// <param name="progress">Reports how many service orders were handled so far; optional.</param>
    /// <param name="cancellationToken">Cancels the run between calls; a later run picks up where it stopped.</param>
    /// <returns>One item per service order looked at.</returns>
    /// <exception cref="JdCoordinationException">The lease service could not be reached: the run paused; nothing more was written.</exception>
    public Task<IReadOnlyList<ReturnCompletionItem>> RunAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(write: true, progress, cancellationToken);

    /// <summary>
    /// Reads what <see cref="RunAsync(IProgress{int}?, CancellationToken)"/> would do and writes nothing: signed-for
    /// returns and received returns with a pending refund come back as <see cref="ReturnCompletionOutcome.Ready"/>.
    /// </summary>
    /// <param name="progress">Reports how many service orders were looked at so far; optional.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>One item per service order looked at.</returns>
    public Task<IReadOnlyList<ReturnCompletionItem>> PreviewAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(write: false, progress, cancellationToken);

    private async Task<IReadOnlyList<ReturnCompletionItem>> RunAsync(bool write, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var candidates = new Dictionary<long, ServiceBrief>();
        await foreach (var service in _client.AfterSales.ListAllAwaitingReceiptAsync(new ListAwaitingReceiptRequest { PageSize = 50 }, cancellationToken).ConfigureAwait(false))
        {
            candidates.TryAdd(service.ServiceId, service);
        }

        // Returns an interrupted run left between the two writes: receipt registered (10007), refund still pending.
        var now = _time.GetUtcNow();
        var pendingRefundOrders = new SortedSet<long>();
        await foreach (var refund in _client.Refunds.ListAllAsync(
            new ListRefundsRequest { Status = RefundStatus.Pending, ApplyTimeStart = now - _options.RefundLookback, ApplyTimeEnd = now },
            cancellationToken).ConfigureAwait(false))
        {
            if (refund.OrderId is { } orderId)
            {
                pendingRefundOrders.Add(orderId);
            }
        }

        foreach (var orderId in pendingRefundOrders)
        {
            await foreach (var service in _client.AfterSales.ListAllServicesAsync(
                new ListServicesRequest { OrderId = orderId, Status = ServiceStatus.PendingProcessing, PageSize = 50 },
                cancellationToken).ConfigureAwait(false))
            {
                if (service.CustomerExpectation == CustomerExpectation.Return)
                {
                    candidates.TryAdd(service.ServiceId, service);
                }
            }
        }

        var items = new List<ReturnCompletionItem>();
        foreach (var service in candidates.Values.OrderBy(s => s.ServiceId))
        {
            cancellationToken.ThrowIfCancellationRequested();
            items.Add(await CompleteAsync(service, write, cancellationToken).ConfigureAwait(false));
            progress?.Report(items.Count);
        }

        return items;
    }

    /// <summary>
    /// Completes one service order: takes its lease (given leases), re-reads it, registers the receipt when due, then
    /// settles its refund.
    /// </summary>
    /// <param name="service">The service order (as listed).</param>
    /// <param name="cancellationToken">Cancels between calls.</param>
    /// <returns>What was done; <see cref="ReturnCompletionOutcome.HeldElsewhere"/> when another holder has the item.</returns>
    /// <exception cref="JdCoordinationException">The lease service could not be reached: nothing was written since.</exception>
    public Task<ReturnCompletionItem> CompleteAsync(ServiceBrief service, CancellationToken cancellationToken = default) =>
        CompleteAsync(service, write: true, cancellationToken);

    /// <summary>
    /// Reads what <see cref="CompleteAsync(ServiceBrief, CancellationToken)"/> would do with one service order and
    /// writes nothing (no lease is taken): a signed-for return or a received return with a pending refund comes back
    /// as <see cref="ReturnCompletionOutcome.Ready"/>.
    /// </summary>
    /// <param name="service">The service order (as listed).</param>
    /// <param name="cancellationToken">Cancels between calls.</param>
    /// <returns>What would be done.</returns>
    public Task<ReturnCompletionItem> PreviewCompletionAsync(ServiceBrief service, CancellationToken cancellationToken = default) =>
        CompleteAsync(service, write: false, cancellationToken);

    private async Task<ReturnCompletionItem> CompleteAsync(ServiceBrief service, bool write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (service.OrderId is not { } orderId)
        {
            return new ReturnCompletionItem { ServiceId = service.ServiceId, OrderId = 0, Outcome = ReturnCompletionOutcome.Skipped, Message = "no order id" };
        }

        var item = new ReturnCompletionItem { ServiceId = service.ServiceId, OrderId = orderId, Outcome = ReturnCompletionOutcome.Skipped };
        if (!write || _leases is null)
        {
            return await CompleteAsync(service, orderId, item, write, held: null, cancellationToken).ConfigureAwait(false);
        }

        var held = await HeldWorkItem.TryTakeAsync(_leases, JdWorkItemKeys.ServiceOrder(service.ServiceId), _options.WorkItemLeaseDuration, cancellationToken).ConfigureAwait(false);
        if (held is null)
        {
            return item with { Outcome = ReturnCompletionOutcome.HeldElsewhere, Message = HeldWorkItem.HeldMessage };
        }

        try
        {
            return await CompleteAsync(service, orderId, item, write, held, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await held.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<ReturnCompletionItem> CompleteAsync(ServiceBrief service, long orderId, ReturnCompletionItem item, bool write, HeldWorkItem? held, CancellationToken cancellationToken)
    {
        try
        {
            var bill = await ReadServiceAsync(service.ServiceId, orderId, cancellationToken).ConfigureAwait(false);
            if (bill.Status == ServiceStatus.AwaitingReceipt)
            {
                var freight = await _client.AfterSales.GetReturnFreightAsync(new GetReturnFreightRequest { ServiceId = service.ServiceId, OrderId = orderId }, cancellationToken).ConfigureAwait(false);
                var waybill = freight?.ExpressCode ?? service.ExpressCode;
                if (string.IsNullOrWhiteSpace(waybill))
                {
                    return item with { Outcome = ReturnCompletionOutcome.NoReturnWaybill };
                }

                item = item with { Waybill = waybill };
                var trace = await _client.Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = waybill, CustomerCode = _options.LogisticsCustomerCode! }, cancellationToken).ConfigureAwait(false);
                if (!trace.IsSignedFor)
                {
                    return item with { Outcome = ReturnCompletionOutcome.NotSignedFor };
                }

                item = item with { SignedForAt = trace.SignedForAt };
                if (!write)
                {
                    return item with { Outcome = ReturnCompletionOutcome.Ready, Message = "signed for: the receipt and the refund are due" };
                }

                if (held is not null && !await held.RenewForWriteAsync(cancellationToken).ConfigureAwait(false))
                {
                    return item with { Outcome = ReturnCompletionOutcome.HeldElsewhere, Message = HeldWorkItem.LostMessage };
                }

                var registered = await RegisterReceiptAsync(bill, orderId, cancellationToken).ConfigureAwait(false);
                if (registered is null)
                {
                    return item with { Outcome = ReturnCompletionOutcome.Failed, Message = "the receipt could not be registered; the service order is still awaiting receipt" };
                }

                item = item with { RegisteredReceipt = registered.Value };
            }
            else if (bill.Status != ServiceStatus.PendingProcessing)
            {
                return item with { Message = $"status {bill.Status}" };
            }

            if (bill.CustomerExpectation != CustomerExpectation.Return)
            {
                return item with { Outcome = ReturnCompletionOutcome.ReceiptOnly, Message = $"{bill.CustomerExpectation} expects no refund" };
            }

            return await SettleRefundAsync(item, PaidAmount(service, bill), orderId, write, held, cancellationToken).ConfigureAwait(false);
        }
        catch (JdException e) when (e is not JdValidationException and not JdCoordinationException)
        {
            return item with { Outcome = ReturnCompletionOutcome.Failed, Message = e.GetType().Name + (e is JdBusinessException b ? $" {b.Code}" : "") };
        }
    }

    /// <returns><c>true</c> when this run registered it, <c>false</c> when it already was, <c>null</c> when it is not.</returns>
    private async Task<bool?> RegisterReceiptAsync(ServiceBill bill, long orderId, CancellationToken cancellationToken)
    {
        try
        {
            await _client.AfterSales.RegisterReceiptAsync(
                new RegisterReceiptRequest { ServiceId = bill.ServiceId, OrderId = orderId, ReceiveRemark = _options.ReceiveRemark, WareNumber = bill.ServiceCount is > 0 ? bill.ServiceCount : null },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (JdException e) when (e is not JdValidationException and not JdCoordinationException)
        {
            // A refusal or a lost answer: whether the receipt exists is read, never guessed, and the write is never re-sent.
            var again = await ReadServiceAsync(bill.ServiceId, orderId, cancellationToken).ConfigureAwait(false);
            var registered = again.Status == ServiceStatus.PendingProcessing || (again.Status != ServiceStatus.AwaitingReceipt && again.ReceiveDate is not null);
            return registered ? false : null;
        }
    }

    private async Task<ReturnCompletionItem> SettleRefundAsync(ReturnCompletionItem item, decimal? paid, long orderId, bool write, HeldWorkItem? held, CancellationToken cancellationToken)
    {
        var page = await _client.Refunds.ListAsync(new ListRefundsRequest { OrderId = orderId, PageSize = 50 }, cancellationToken).ConfigureAwait(false);
        var pending = page.Items.Where(r => r.Status == RefundStatus.Pending).ToList();
        if (pending.Count == 0)
        {
            var approved = page.Items.FirstOrDefault(r => ApprovedRefundStatuses.Contains(r.Status.Value));
            return approved is null
                ? item with { Outcome = ReturnCompletionOutcome.ReceiptOnly, Message = "no refund application is pending for the order" }
                : item with { Outcome = ReturnCompletionOutcome.Completed, RefundId = approved.Id, RefundAmount = approved.ApplyRefundSum };
        }

        var refund = pending.Count == 1 ? pending[0] : pending.SingleOrDefaultIfMany(r => r.ApplyRefundSum == paid);
        if (refund is null)
        {
            return item with { Outcome = ReturnCompletionOutcome.RefundAmbiguous, Message = $"{pending.Count} pending refunds on the order" };
        }

        item = item with { RefundId = refund.Id, RefundAmount = refund.ApplyRefundSum };
        if (!write || held is null)
        {
            return await ReplyToRefundAsync(item, refund.Id, write, held, cancellationToken).ConfigureAwait(false);
        }

        // The refund is an item of its own: another job (or another return of the order) may be working on it.
        var heldRefund = await HeldWorkItem.TryTakeAsync(_leases!, JdWorkItemKeys.Refund(refund.Id), _options.WorkItemLeaseDuration, cancellationToken).ConfigureAwait(false);
        if (heldRefund is null)
        {
            return item with { Outcome = ReturnCompletionOutcome.HeldElsewhere, Message = "the refund's lease: " + HeldWorkItem.HeldMessage };
        }

        try
        {
            return await ReplyToRefundAsync(item, refund.Id, write, heldRefund, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await heldRefund.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<ReturnCompletionItem> ReplyToRefundAsync(ReturnCompletionItem item, long refundId, bool write, HeldWorkItem? held, CancellationToken cancellationToken)
    {
        var current = await _client.Refunds.GetAsync(refundId, cancellationToken).ConfigureAwait(false);
        if (current is null || current.Status != RefundStatus.Pending)
        {
            return current is not null && ApprovedRefundStatuses.Contains(current.Status.Value)
                ? item with { Outcome = ReturnCompletionOutcome.Completed }
                : item with { Outcome = ReturnCompletionOutcome.ReceiptOnly, Message = $"refund status {current?.Status.ToString() ?? "unknown"}" };
        }

        if (!write)
        {
            return item with { Outcome = ReturnCompletionOutcome.Ready, Message = "received: the refund is due" };
        }

        if (held is not null && !await held.RenewForWriteAsync(cancellationToken).ConfigureAwait(false))
        {
            return item with { Outcome = ReturnCompletionOutcome.HeldElsewhere, Message = "the refund's lease: " + HeldWorkItem.LostMessage };
        }

        try
        {
            await _client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(refundId, _options.RefundRemark), cancellationToken).ConfigureAwait(false);
            return item with { Outcome = ReturnCompletionOutcome.Completed, ApprovedRefund = true };
        }
        catch (JdException e) when (e is not JdValidationException and not JdCoordinationException)
        {
            // "Already audited" or a lost answer: the application's status says whether it is done.
            var after = await _client.Refunds.GetAsync(refundId, cancellationToken).ConfigureAwait(false);
            if (after is not null && ApprovedRefundStatuses.Contains(after.Status.Value))
            {
                return item with { Outcome = ReturnCompletionOutcome.Completed };
            }

            return item with { Outcome = ReturnCompletionOutcome.Failed, Message = $"the refund reply failed ({e.GetType().Name}); status {after?.Status.ToString() ?? "unknown"}" };
        }
    }

    /// <summary>What the customer paid for the service order's items: the listed amount, else the items' sum.</summary>
    private static decimal? PaidAmount(ServiceBrief service, ServiceBill bill) =>
        service.ActualPayPrice ?? (bill.Details.Count > 0 && bill.Details.All(d => d.ActualPayPrice is not null) ? bill.Details.Sum(d => d.ActualPayPrice) : null);

    private Task<ServiceBill> ReadServiceAsync(long serviceId, long orderId, CancellationToken cancellationToken) =>
        _client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = serviceId, OrderId = orderId }, cancellationToken);
}
