using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using Microsoft.Extensions.Logging;

namespace JdAfterSales.Samples.Worker;

/// <summary>
/// Sends one changed service order to the job that acts on its status: pending audits to the rules
/// (<see cref="AuditAutomation"/>), returns awaiting receipt or received with a refund to settle to
/// <see cref="ReturnCompletion"/>; everything else needs nothing. The jobs take the item's lease themselves.
/// </summary>
public sealed class ServiceOrderHandler
{
    private readonly AuditAutomation _audit;
    private readonly ReturnCompletion _returns;
    private readonly AuditRuleSet _rules;
    private readonly WorkerMetrics _metrics;
    private readonly ILogger _logger;
    private readonly bool _apply;

    /// <summary>Creates the handler.</summary>
    /// <param name="audit">The audit job (with the shared leases).</param>
    /// <param name="returns">Return completion (with the shared leases).</param>
    /// <param name="rules">The rules file.</param>
    /// <param name="metrics">The worker's meter.</param>
    /// <param name="logger">The log.</param>
    /// <param name="apply">Write; otherwise only say what would be done.</param>
    public ServiceOrderHandler(AuditAutomation audit, ReturnCompletion returns, AuditRuleSet rules, WorkerMetrics metrics, ILogger logger, bool apply)
    {
        _audit = audit;
        _returns = returns;
        _rules = rules;
        _metrics = metrics;
        _logger = logger;
        _apply = apply;
    }

    /// <summary>Handles one service order as listed.</summary>
    /// <param name="service">The service order.</param>
    /// <param name="cancellationToken">Cancels the item (its lease is then released and it is picked up again).</param>
    /// <returns>Whether it is done with at this version, and whether anything was written.</returns>
    /// <exception cref="JdCoordinationException">Redis could not be reached: nothing was written.</exception>
    public async Task<ItemResult> HandleAsync(ServiceBrief service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        var version = ServiceOrderVersion.Of(service);
        if (service.Status == ServiceStatus.PendingAudit)
        {
            return _apply ? await AuditAsync(service, version, cancellationToken) : await PreviewAuditAsync(service, version, cancellationToken);
        }

        var isReturnToFinish = service.Status == ServiceStatus.AwaitingReceipt
            || (service.Status == ServiceStatus.PendingProcessing && service.CustomerExpectation == CustomerExpectation.Return);
        if (isReturnToFinish)
        {
            var item = _apply ? await _returns.CompleteAsync(service, cancellationToken) : await _returns.PreviewCompletionAsync(service, cancellationToken);
            return Report(service, version, "return", item.Outcome.ToString(), item.Message, ReturnWrites(item), done: item.Outcome is not (ReturnCompletionOutcome.HeldElsewhere or ReturnCompletionOutcome.Failed));
        }

        _metrics.Item("nothing-to-do");
        return new ItemResult(Done: true, Writes: 0, Looked: false);
    }

    /// <summary>The writes a return completion item made, for the log and the meter.</summary>
    /// <param name="item">The item.</param>
    /// <returns>0, 1 or 2.</returns>
    public static int ReturnWrites(ReturnCompletionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (item.RegisteredReceipt ? 1 : 0) + (item.ApprovedRefund ? 1 : 0);
    }

    private async Task<ItemResult> AuditAsync(ServiceBrief service, string version, CancellationToken cancellationToken)
    {
        var record = await _audit.DecideAndApplyAsync(_rules, service, cancellationToken);
        var wrote = record.Outcome == AuditOutcome.Succeeded ? 1 : 0;

        // Held elsewhere: its holder finishes it. Failed: a read failed or a write's fate is unknown; the next look re-reads it.
        var done = record.Outcome is not (AuditOutcome.HeldElsewhere or AuditOutcome.Failed);
        var detail = record.Action == AuditActionKind.Leave ? record.Message : $"{record.Action} by \"{record.Rule}\"" + (record.Message is null ? "" : $" ({record.Message})");
        return Report(service, version, "audit", record.Outcome.ToString(), detail, wrote, done);
    }

    private async Task<ItemResult> PreviewAuditAsync(ServiceBrief service, string version, CancellationToken cancellationToken)
    {
        var decision = await _audit.DecideAsync(_rules, service, cancellationToken);
        var detail = decision is null ? "no longer pending audit" : $"would {decision.Action} by \"{decision.RuleName}\"";
        return Report(service, version, "audit", "Previewed", detail, writes: 0, done: true);
    }

    private ItemResult Report(ServiceBrief service, string version, string route, string outcome, string? detail, int writes, bool done)
    {
        var text = string.IsNullOrEmpty(detail) ? "" : ": " + detail;
        if (writes > 0 || !_apply)
        {
            WorkerLog.ItemWritten(_logger, service.ServiceId, version, route, outcome, text);
        }
        else if (!done)
        {
            WorkerLog.ItemNotDone(_logger, service.ServiceId, version, route, outcome, text);
        }
        else
        {
            WorkerLog.ItemLookedAt(_logger, service.ServiceId, version, route, outcome, text);
        }

        _metrics.Item(outcome);
        for (var i = 0; i < writes; i++)
        {
            _metrics.Write(route);
        }

        return new ItemResult(done, writes, Looked: true);
    }
}
