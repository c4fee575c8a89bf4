using System.Globalization;
using System.Runtime.CompilerServices;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Refund applications (仅退款, <c>jingdong.pop.afs.soa.refundapply.*</c>): search, read, reply, count. Replies
/// are never re-sent; a reply to an application already audited fails with
/// <see cref="JdBusinessException.Kind"/> <see cref="JdBusinessErrorKind.AlreadyProcessed"/>, so a caller can re-read
/// the application and treat a repeated approval as done.
/// </summary>
public sealed class RefundsClient
{
    private readonly JdClient _client;

    internal RefundsClient(JdClient client) => _client = client;

    /// <summary>The most applications JD serves for one filter: page 100 of 50.</summary>
    public const int MaxRowsPerFilter = RequestRules.MaxRefundPageIndex * RequestRules.MaxPageSize;

    /// <summary>Searches refund applications, one page. Calls <c>jingdong.pop.afs.soa.refundapply.queryPageList</c>.</summary>
    /// <param name="request">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter is invalid (for example <c>pageIndex</c> over 100); nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<JdPage<RefundApplication>> ListRefundsAsync(ListRefundsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var result = response.QueryResult
            ?? throw new JdContractException($"JD answered {request.Method} without a queryResult.") { Method = request.Method };
        return new JdPage<RefundApplication>(result.Result, request.PageIndex, request.PageSize, result.TotalCount);
    }

    /// <summary>
    /// Yields every refund application applied for between <see cref="ListRefundsRequest.ApplyTimeStart"/> and
    /// <see cref="ListRefundsRequest.ApplyTimeEnd"/> (both required), each once. JD serves at most page 100 of 50 for one
    /// filter, so the range is split into time windows: a window holding more than that is halved (down to one second,
    /// JD's resolution) before its pages are walked, and quiet windows grow again. JD treats both window ends as
    /// inclusive, so an application on a window boundary is fetched twice and yielded once. Calls
    /// <c>jingdong.pop.afs.soa.refundapply.queryPageList</c> window by window, page by page.
    /// </summary>
    /// <param name="request">The range, the other filters and the page size; <see cref="ListRefundsRequest.PageIndex"/> is not used.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The applications.</returns>
    /// <exception cref="JdValidationException">
    /// The range is missing or reversed (thrown here, before anything is sent), or more than
    /// <see cref="MaxRowsPerFilter"/> applications share one second (thrown while walking).
    /// </exception>
    public IAsyncEnumerable<RefundApplication> ListAllRefundsAsync(ListRefundsRequest request, CancellationToken cancellationToken = default)
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

        if (end < start)
        {
            throw new JdValidationException("applyTimeEnd", "must not be before applyTimeStart.");
        }

        if (request.PageSize is < 1 or > RequestRules.MaxPageSize)
        {
            throw new JdValidationException("pageSize", $"must be between 1 and {RequestRules.MaxPageSize.ToString(CultureInfo.InvariantCulture)} (JD's largest page).");
        }

        return WalkWindowsAsync(request, start, end, cancellationToken);
    }

    /// <summary>Reads one refund application. Calls <c>jingdong.pop.afs.soa.refundapply.queryById</c>.</summary>
    /// <param name="id">The application.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application, or <c>null</c> when JD returned none.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<RefundApplication?> GetRefundAsync(long id, CancellationToken cancellationToken = default)
    {
        var response = await _client.SendAsync(new GetRefundRequest { Id = id }, cancellationToken).ConfigureAwait(false);
        return response.QueryResult?.Result is [var first, ..] ? first : null;
    }

    /// <summary>Approves a refund application (status 1). Calls <c>jingdong.pop.afs.soa.refundapply.replyRefund</c>.</summary>
    /// <param name="id">The application.</param>
    /// <param name="remark">The remark JD requires.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the reply.</returns>
    /// <exception cref="JdBusinessException">JD refused; <see cref="JdBusinessErrorKind.AlreadyProcessed"/> when it was already audited.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task ApproveRefundAsync(long id, string remark, CancellationToken cancellationToken = default) =>
        ReplyRefundAsync(new ReplyRefundRequest { Id = id, Status = RefundStatus.Approved, Remark = remark }, cancellationToken);

    /// <summary>Rejects a refund application (status 2). Calls <c>jingdong.pop.afs.soa.refundapply.replyRefund</c>.</summary>
    /// <param name="id">The application.</param>
    /// <param name="rejectType">Why.</param>
    /// <param name="remark">The remark JD requires.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the reply.</returns>
    /// <exception cref="JdBusinessException">JD refused; <see cref="JdBusinessErrorKind.AlreadyProcessed"/> when it was already audited.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task RejectRefundAsync(long id, RefundRejectType rejectType, string remark, CancellationToken cancellationToken = default) =>
        ReplyRefundAsync(new ReplyRefundRequest { Id = id, Status = RefundStatus.Rejected, RejectType = rejectType, Remark = remark }, cancellationToken);

    /// <summary>
    /// Approves a refund application and has JD intercept the parcel (status 6). Calls
    /// <c>jingdong.pop.afs.soa.refundapply.replyRefund</c>.
    /// </summary>
    /// <param name="id">The application.</param>
    /// <param name="remark">The remark JD requires.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the reply.</returns>
    /// <exception cref="JdBusinessException">JD refused; <see cref="JdBusinessErrorKind.AlreadyProcessed"/> when it was already audited.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task InterceptRefundAsync(long id, string remark, CancellationToken cancellationToken = default) =>
        ReplyRefundAsync(new ReplyRefundRequest { Id = id, Status = RefundStatus.InterceptAndRefund, Remark = remark }, cancellationToken);

    /// <summary>
    /// Replies to a refund application with any decision JD accepts (1, 2, 6, 9 force close, 10 logistics follow-up).
    /// <see cref="ReplyRefundRequest.CheckUserName"/> left <c>null</c> is <see cref="JdClientOptions.OperatorNick"/>.
    /// Calls <c>jingdong.pop.afs.soa.refundapply.replyRefund</c>.
    /// </summary>
    /// <param name="request">The application and the decision.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the reply.</returns>
    /// <exception cref="JdBusinessException">JD refused; <see cref="JdBusinessErrorKind.AlreadyProcessed"/> when it was already audited.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task ReplyRefundAsync(ReplyRefundRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var resolved = request.CheckUserName is null ? request with { CheckUserName = _client.Options.OperatorNick } : request;
        await _client.SendAsync(resolved, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Counts the refund applications waiting for a reply. Calls <c>jingdong.pop.afs.soa.refundapply.getWaitRefundNum</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number waiting.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<long> CountPendingRefundsAsync(CancellationToken cancellationToken = default)
    {
        var request = new CountPendingRefundsRequest();
        var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.QueryResult?.TotalCount
            ?? throw new JdContractException($"JD answered {request.Method} without a queryResult.") { Method = request.Method };
    }

    private async IAsyncEnumerable<RefundApplication> WalkWindowsAsync(
        ListRefundsRequest filter,
        DateTimeOffset start,
        DateTimeOffset end,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var oneSecond = TimeSpan.FromSeconds(1);
        var capacity = (long)RequestRules.MaxRefundPageIndex * filter.PageSize;
        var seen = new HashSet<long>();
        var windowStart = start;
        var width = end - start < oneSecond ? oneSecond : end - start;
        while (true)
        {
            var windowEnd = end - windowStart <= width ? end : windowStart + width;
            var window = filter with { ApplyTimeStart = windowStart, ApplyTimeEnd = windowEnd };
            var first = await ListRefundsAsync(window with { PageIndex = 1 }, cancellationToken).ConfigureAwait(false);
            if (first.TotalCount > capacity && windowEnd - windowStart > oneSecond)
            {
                width = Halve(windowEnd - windowStart);
                continue;
            }

            var page = first;
            var complete = true;
            while (true)
            {
                foreach (var item in page.Items)
                {
                    if (seen.Add(item.Id))
                    {
                        yield return item;
                    }
                }

                if (!page.HasMore)
                {
                    break;
                }

                if (page.PageNumber >= RequestRules.MaxRefundPageIndex)
                {
                    complete = false;
                    break;
                }

                page = await ListRefundsAsync(window with { PageIndex = page.PageNumber + 1 }, cancellationToken).ConfigureAwait(false);
            }

            if (!complete)
            {
                // The window grew past page 100 while it was walked: walk it again in halves; seen items are skipped.
                if (windowEnd - windowStart <= oneSecond)
                {
                    throw new JdValidationException(
                        "applyTimeStart",
                        $"JD holds more than {capacity.ToString(CultureInfo.InvariantCulture)} refund applications applied for within one second at {JdAfterSales.Serialization.JdChinaTime.Format(windowStart)}; narrow the other filters.");
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
