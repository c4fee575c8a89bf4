using Microsoft.Extensions.Logging;

namespace JdAfterSales.Samples.Worker;

/// <summary>The worker's log events (ids 2001 and up; the SDK's are 1001 and up). Ids and versions only: no customer data, token or secret.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(EventId = 2001, EventName = "WorkerStarted", Level = LogLevel.Information,
        Message = "After-sales worker {Worker} started against {Target}, shop {ShopId}, Redis key prefix {KeyPrefix}; mode: {Mode}")]
    public static partial void Started(ILogger logger, string worker, string target, string shopId, string keyPrefix, string mode);

    [LoggerMessage(EventId = 2002, EventName = "WindowWalked", Level = LogLevel.Information,
        Message = "sync.list window {Begin:yyyy-MM-dd HH:mm:ss} – {End:yyyy-MM-dd HH:mm:ss}: {Listed} changed, {Handled} handled here, {Skipped} already handled, {Held} held elsewhere or failed; checkpoint {Checkpoint:yyyy-MM-dd HH:mm:ss}")]
    public static partial void WindowWalked(ILogger logger, DateTimeOffset begin, DateTimeOffset end, int listed, int handled, int skipped, int held, DateTimeOffset checkpoint);

    [LoggerMessage(EventId = 2003, EventName = "ItemWritten", Level = LogLevel.Information,
        Message = "Service order {ServiceId} ({Version}): {Route} {Outcome}{Detail}")]
    public static partial void ItemWritten(ILogger logger, long serviceId, string version, string route, string outcome, string detail);

    [LoggerMessage(EventId = 2004, EventName = "ItemLookedAt", Level = LogLevel.Debug,
        Message = "Service order {ServiceId} ({Version}): {Route} {Outcome}{Detail}")]
    public static partial void ItemLookedAt(ILogger logger, long serviceId, string version, string route, string outcome, string detail);

    [LoggerMessage(EventId = 2005, EventName = "ItemNotDone", Level = LogLevel.Information,
        Message = "Service order {ServiceId} ({Version}): {Route} {Outcome}{Detail}; it stays before the checkpoint and is looked at again")]
    public static partial void ItemNotDone(ILogger logger, long serviceId, string version, string route, string outcome, string detail);

    [LoggerMessage(EventId = 2006, EventName = "DeadlineUrgent", Level = LogLevel.Warning,
        Message = "Service order {ServiceId} (order {OrderId}) has {MinutesLeft} minutes left to answer (JD's 24-hour window closes {Deadline:yyyy-MM-dd HH:mm} Beijing time)")]
    public static partial void DeadlineUrgent(ILogger logger, long serviceId, long orderId, long minutesLeft, DateTimeOffset deadline);

    [LoggerMessage(EventId = 2007, EventName = "DeadlineOverdue", Level = LogLevel.Warning,
        Message = "Service order {ServiceId} (order {OrderId}) is {MinutesOver} minutes past JD's 24-hour answer window")]
    public static partial void DeadlineOverdue(ILogger logger, long serviceId, long orderId, long minutesOver);

    [LoggerMessage(EventId = 2008, EventName = "Paused", Level = LogLevel.Warning,
        Message = "Paused: {Reason}; nothing was written without a lease. Trying again in {RetryMs} ms")]
    public static partial void Paused(ILogger logger, string reason, long retryMs);

    [LoggerMessage(EventId = 2009, EventName = "ReturnSweep", Level = LogLevel.Information,
        Message = "Return sweep: {Looked} returns looked at, {Receipts} receipts registered, {Refunds} refunds approved, {Held} held elsewhere, {Failed} failed")]
    public static partial void ReturnSweep(ILogger logger, int looked, int receipts, int refunds, int held, int failed);

    [LoggerMessage(EventId = 2010, EventName = "Idle", Level = LogLevel.Information,
        Message = "Idle: nothing left to do (run-until-idle); this worker handled {Items} service orders and made {Writes} writes")]
    public static partial void Idle(ILogger logger, int items, int writes);

    [LoggerMessage(EventId = 2011, EventName = "DeadlineWatch", Level = LogLevel.Information,
        Message = "Deadline watch: {Pending} pending, {Urgent} under the warning threshold, {Overdue} overdue")]
    public static partial void DeadlineWatch(ILogger logger, int pending, int urgent, int overdue);

    [LoggerMessage(EventId = 2012, EventName = "Stopping", Level = LogLevel.Information,
        Message = "Stopping: the item in hand is finished (or, after the grace period, left unleased for another worker); the checkpoint never passes an unfinished item")]
    public static partial void Stopping(ILogger logger);

    [LoggerMessage(EventId = 2014, EventName = "RulesRejected", Level = LogLevel.Critical,
        Message = "The rules file was refused; nothing is applied until it is fixed: {Problems}")]
    public static partial void RulesRejected(ILogger logger, string problems);

    [LoggerMessage(EventId = 2013, EventName = "CycleFailed", Level = LogLevel.Error,
        Message = "A cycle failed ({Error}); trying again in {RetryMs} ms")]
    public static partial void CycleFailed(ILogger logger, string error, long retryMs);
}
