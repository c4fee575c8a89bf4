using System.Runtime.CompilerServices;
using JdAfterSales.Gateway;

namespace JdAfterSales.Orders;

/// <summary>POP orders (<c>jingdong.pop.order.*</c>): search, read one, and the shop's remark.</summary>
public sealed class OrdersClient
{
    private readonly JdClient _client;

    internal OrdersClient(JdClient client) => _client = client;

    /// <summary>Searches orders, one page. Calls <c>jingdong.pop.order.search</c>.</summary>
    /// <param name="request">The states, the window (at most one month) and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter breaks JD's rules (page size over 100, a window over a month…); nothing was sent.</exception>
    /// <exception cref="JdBusinessException">JD answered <c>apiResult.success: false</c>.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<JdPage<OrderInfo>> SearchAsync(SearchOrdersRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return new JdPage<OrderInfo>(response.Result!.Orders, request.Page, request.PageSize, response.Result.OrderTotal);
    }

    /// <summary>
    /// Yields every order in any date range: the range is split into windows of at most one month (JD's limit),
    /// each window paged with <see cref="SearchOrdersRequest.PageSize"/>, and each order yielded once even when it
    /// changes while walking. Calls <c>jingdong.pop.order.search</c> window by window, page by page.
    /// </summary>
    /// <param name="request">The states, fields and page size; <c>StartDate</c> and <c>EndDate</c> bound the whole range.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The orders.</returns>
    /// <exception cref="JdValidationException">The range is missing or reversed; nothing was sent.</exception>
    public IAsyncEnumerable<OrderInfo> SearchAllAsync(SearchOrdersRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.StartDate is not { } start || request.EndDate is not { } end)
        {
            throw new JdValidationException("start_date", "and end_date are both required to walk a range.");
        }

        if (end < start)
        {
            throw new JdValidationException("end_date", "must not be before start_date.");
        }

        (request with { StartDate = start, EndDate = start, Page = 1 }).Validate();
        return WalkAsync(request, start, end, cancellationToken);
    }

    /// <summary>Reads one order. Calls <c>jingdong.pop.order.get</c>.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="fields">The fields to return; <c>null</c> for every field <see cref="OrderInfo"/> has.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, or <c>null</c> when JD returned none.</returns>
    /// <exception cref="JdBusinessException">JD answered <c>apiResult.success: false</c> (for example, an unknown order).</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<OrderInfo?> GetAsync(long orderId, IReadOnlyList<OrderField>? fields = null, CancellationToken cancellationToken = default)
    {
        var response = await _client.SendAsync(new GetOrderRequest { OrderId = orderId, Fields = fields }, cancellationToken).ConfigureAwait(false);
        return response.Result?.Order;
    }

    /// <summary>Sets the shop's remark and flag on an order. Calls <c>jingdong.pop.order.modifyVenderRemark</c> (a write).</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="remark">The remark.</param>
    /// <param name="flag">The colour flag.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the remark.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task ModifyVenderRemarkAsync(long orderId, string remark, VenderRemarkColor flag = VenderRemarkColor.Gray, CancellationToken cancellationToken = default) =>
        await _client.SendAsync(new ModifyVenderRemarkRequest { OrderId = orderId, Remark = remark, Flag = flag }, cancellationToken).ConfigureAwait(false);

    private async IAsyncEnumerable<OrderInfo> WalkAsync(
        SearchOrdersRequest template,
        DateTimeOffset start,
        DateTimeOffset end,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<long>();
        for (var windowStart = start; windowStart <= end;)
        {
            var windowEnd = windowStart.AddMonths(1);
            if (windowEnd > end)
            {
                windowEnd = end;
            }

            var window = template with { StartDate = windowStart, EndDate = windowEnd };
            await foreach (var order in JdPaging.WalkAsync(
                (page, ct) => SearchAsync(window with { Page = page }, ct),
                static order => order.OrderId,
                cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                // JD's windows include both ends, so an order on a boundary comes twice: yield it once.
                if (seen.Add(order.OrderId))
                {
                    yield return order;
                }
            }

            if (windowEnd == end)
            {
                yield break;
            }

            windowStart = windowEnd;
        }
    }
}
