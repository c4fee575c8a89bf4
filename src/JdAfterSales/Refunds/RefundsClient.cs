using System.Globalization;
using System.Runtime.CompilerServices;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Refunds;

/// <summary>
/// Refund applications (仅退款, <c>jingdong.pop.afs.soa.refundapply.*</c>): search, read, reply, count. Replies
/// are never re-sent; a reply to an application already audited fails with
/// <see cref="JdBusinessException.Kind"/> <see cref="JdBusinessErrorKind.AlreadyProcessed"/>, so a caller can re-read
/// the application and treat a repeated approval as done. Members are virtual so a test can substitute them.
/// </summary>
public class RefundsClient
{
    /// <summary>The most applications JD serves for one filter: page 100 of 50.</summary>
    public const int MaxRowsPerFilter = JdRequestRules.MaxRefundPageIndex * JdRequestRules.MaxPageSize;

    private readonly JdClient _client;

    /// <summary>For substitutes in tests: a sub-client whose members a test overrides.</summary>
    protected RefundsClient() => _client = null!;

    internal RefundsClient(JdClient client) => _client = client;

    /// <summary>Searches refund applications, one page. Calls <c>jingdong.pop.afs.soa.refundapply.queryPageList</c>.</summary>
    /// <param name="request">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range (for example <c>pageIndex</c> over 100); nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<RefundApplication>> ListAsync(ListRefundsRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Yields every refund application applied for between <see cref="ListRefundsRequest.ApplyTimeStart"/> and
    /// <see cref="ListRefundsRequest.ApplyTimeEnd"/> (both required), each once. JD serves at most page 100 of 50 for one
    /// filter, so the range is split into time windows: a window holding more than that is halved (down to one second,
    /// JD's resolution) before its pages are walked, and quiet windows grow again. JD treats both window ends as
    /// inclusive, so an application on a window boundary is fetched twice and yielded once. Safe to answer the
    /// applications while walking: when answering moves them out of a status filter and JD's total changes, the window
    /// is walked again and what slid past is yielded. Calls <c>jingdong.pop.afs.soa.refundapply.queryPageList</c>
    /// window by window, page by page.
    /// </summary>
    /// <param name="request">The range, the other filters and the page size; its page number is ignored.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The applications.</returns>
    /// <exception cref="JdValidationException">
    /// The range is missing or reversed (thrown here, before anything is sent), or more than
    /// <see cref="MaxRowsPerFilter"/> applications share one second (thrown while walking).
    /// </exception>
    public virtual IAsyncEnumerable<RefundApplication> ListAllAsync(ListRefundsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ApplyTimeStart is not { } start)
        {
            throw new JdValidationException("applyTimeStart", "is required to walk refund applications by time window.");
        }

        if (request.ApplyTimeEnd is not { } end)
        {
            throw new JdValidationException("applyTimeEnd", "is required to walk refund applications by time window.");
        }

        (request with { PageNumber = 1 }).Validate();
        return WalkWindowsAsync(request, start, end, cancellationToken);
    }

    /// <summary>Reads one refund application. Calls <c>jingdong.pop.afs.soa.refundapply.queryById</c>.</summary>
    /// <param name="id">The application.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application, or <c>null</c> when JD holds none with that id (it answers an empty list).</returns>
    /// <exception cref="JdValidationException">The id is not positive; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<RefundApplication?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        _client.SendAsync(new GetRefundRequest { Id = id }, callOptions: null, cancellationToken);

    /// <summary>
    /// Answers a refund application: approve, reject, intercept, force close or logistics follow-up
    /// (<see cref="ReplyRefundRequest.Approve"/>, <see cref="ReplyRefundRequest.Reject"/>,
    /// <see cref="ReplyRefundRequest.Intercept"/> build the common ones). Never re-sent automatically. Calls
    /// <c>jingdong.pop.afs.soa.refundapply.replyRefund</c>.
    /// </summary>
    /// <param name="request">The application, the decision and the remark; <c>checkUserName</c> defaults to the operator.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">The decision is incomplete; nothing was sent.</exception>
    /// <exception cref="JdBusinessException">
    /// JD refused the reply; <see cref="JdBusinessException.Kind"/> is <see cref="JdBusinessErrorKind.AlreadyProcessed"/>
    /// when the application was already audited.
    /// </exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> ReplyAsync(ReplyRefundRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Counts the refund applications waiting for an answer. Calls <c>jingdong.pop.afs.soa.refundapply.getWaitRefundNum</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number waiting.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<long> CountPendingAsync(CancellationToken cancellationToken = default) =>
        _client.SendAsync(new CountPendingRefundsRequest(), callOptions: null, cancellationToken);

    private async IAsyncEnumerable<RefundApplication> WalkWindowsAsync(
        ListRefundsRequest filter,
        DateTimeOffset start,
        DateTimeOffset end,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var oneSecond = TimeSpan.FromSeconds(1);
        var capacity = (long)JdRequestRules.MaxRefundPageIndex * filter.PageSize;
        var seen = new HashSet<long>();
        var windowStart = start;
        var width = end - start < oneSecond ? oneSecond : end - start;
        while (true)
        {
            var windowEnd = end - windowStart <= width ? end : windowStart + width;
            var window = filter with { ApplyTimeStart = windowStart, ApplyTimeEnd = windowEnd };
            var first = await ListAsync(window with { PageNumber = 1 }, cancellationToken).ConfigureAwait(false);
            if (first.TotalCount > capacity && windowEnd - windowStart > oneSecond)
            {
                width = Halve(windowEnd - windowStart);
                continue;
            }

            var outcome = new JdWalkOutcome();
            var unread = first;
            Task<JdPage<RefundApplication>> FetchAsync(int page, CancellationToken ct)
            {
                // Page 1 was read for the size check: hand it out once, so a later pass reads it afresh.
                if (page == 1 && unread is { } cached)
                {
                    unread = null;
                    return Task.FromResult(cached);
                }

                return ListAsync(window with { PageNumber = page }, ct);
            }

            await foreach (var item in JdPaging.WalkAsync(
                filter.Method,
                FetchAsync,
                static application => application.Id,
                seen,
                outcome,
                JdRequestRules.MaxRefundPageIndex,
                cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }

            if (outcome.Truncated)
            {
                // The window grew past page 100 while it was walked: walk it again in halves; seen items are skipped.
                if (windowEnd - windowStart <= oneSecond)
                {
                    throw new JdValidationException(
                        "applyTimeStart",
                        $"JD holds more than {capacity.ToString(CultureInfo.InvariantCulture)} refund applications applied for within one second at {JdChinaTime.Format(windowStart)}; narrow the other filters.");
                }

                width = Halve(windowEnd - windowStart);
                continue;
            }

            if (windowEnd >= end)
            {
                yield break;
            }

            windowStart = windowEnd;
            if (first.TotalCount <= capacity / 4)
            {
                width += width;
            }
        }

        static TimeSpan Halve(TimeSpan width) => TimeSpan.FromSeconds(Math.Max(1, Math.Floor(width.TotalSeconds / 2)));
    }
}
