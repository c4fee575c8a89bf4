using System.Runtime.CompilerServices;
using JdAfterSales.Gateway;

namespace JdAfterSales.Orders;

/// <summary>
/// POP orders (<c>jingdong.pop.order.*</c>). Every method takes optional <see cref="JdCallOptions"/> naming the
/// shop whose access token the call uses.
/// </summary>
public sealed class OrdersClient
{
    private readonly JdClient _client;

    internal OrdersClient(JdClient client) => _client = client;

    /// <summary>Searches one window of at most one month and returns one page. Calls <c>jingdong.pop.order.search</c>.</summary>
    /// <param name="query">The filter; see <see cref="OrderSearchQuery"/> for JD's limits.</param>
    /// <param name="callOptions">Per-call settings such as the shop; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with JD's total for the window.</returns>
    /// <exception cref="JdValidationException">The query breaks a JD limit (window over one month, page size over 100, end before start…); nothing was sent.</exception>
    /// <exception cref="JdBusinessException">JD refused the search (<c>apiResult.success</c> false); carries JD's <c>numberCode</c> and Chinese message.</exception>
    public Task<JdPage<OrderInfo>> SearchAsync(OrderSearchQuery query, JdCallOptions? callOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate(walking: false);
        return SearchPageAsync(query, query.Start, query.End, query.Page, callOptions, cancellationToken);
    }

    /// <summary>
    /// Walks every order of any time range: splits <see cref="OrderSearchQuery.Start"/> to
    /// <see cref="OrderSearchQuery.End"/> (or now) into windows of at most one calendar month (Beijing time),
    /// pages each window with <see cref="OrderSearchQuery.PageSize"/>, and yields each order once by its id, even
    /// when it appears in two windows or moves between pages. Pages are fetched as the caller consumes them.
    /// Calls <c>jingdong.pop.order.search</c>.
    /// </summary>
    /// <param name="query">The filter; <see cref="OrderSearchQuery.Start"/> is required, <see cref="OrderSearchQuery.Page"/> must be 1 and <see cref="OrderSearchQuery.Fields"/> must include <see cref="OrderFields.OrderId"/>.</param>
    /// <param name="callOptions">Per-call settings such as the shop; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The orders.</returns>
    /// <exception cref="JdValidationException">The query is invalid; nothing was sent.</exception>
    public async IAsyncEnumerable<OrderInfo> SearchAllAsync(
        OrderSearchQuery query,
        JdCallOptions? callOptions = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate(walking: true);
        var start = query.Start!.Value;
        var end = query.End ?? _client.TimeProvider.GetUtcNow();
        if (end < start)
        {
            throw new JdValidationException("end_date", "must not be before start_date.");
        }

        var seen = new HashSet<long>();
        var windowStart = start;
        while (true)
        {
            var oneMonthLater = OrderSearchQuery.OneMonthAfter(windowStart);
            var windowEnd = oneMonthLater < end ? oneMonthLater : end;
            for (var page = 1; ; page++)
            {
                var result = await SearchPageAsync(query, windowStart, windowEnd, page, callOptions, cancellationToken).ConfigureAwait(false);
                foreach (var order in result.Items)
                {
                    if (seen.Add(order.OrderId))
                    {
                        yield return order;
                    }
                }

                if (!result.HasMore)
                {
                    break;
                }
            }

            if (windowEnd >= end)
            {
                yield break;
            }

            // Windows share their boundary second (both ends are inclusive at JD); the id set drops the repeats.
            windowStart = windowEnd;
        }
    }

    /// <summary>Reads one order. Calls <c>jingdong.pop.order.get</c>.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="fields">The fields JD should return; every field unless set.</param>
    /// <param name="callOptions">Per-call settings such as the shop; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order, or <c>null</c> when JD returned none.</returns>
    /// <exception cref="JdValidationException">The id is not positive or no field is selected; nothing was sent.</exception>
    /// <exception cref="JdBusinessException">JD refused the read (<c>apiResult.success</c> false).</exception>
    public async Task<OrderInfo?> GetAsync(long orderId, OrderFields fields = OrderFields.All, JdCallOptions? callOptions = null, CancellationToken cancellationToken = default)
    {
        RequirePositive(orderId);
        OrderFieldNames.ToWire(fields);
        var payload = await _client.SendAsync(new OrderGetRequest(orderId, fields), callOptions, cancellationToken).ConfigureAwait(false);
        return payload.Detail?.Order;
    }

    /// <summary>
    /// Sets the seller's remark and its color flag on an order (a write: never re-sent after it may have reached JD).
    /// Calls <c>jingdong.pop.order.modifyVenderRemark</c>.
    /// </summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="flag">The color flag.</param>
    /// <param name="remark">The remark; not empty.</param>
    /// <param name="callOptions">Per-call settings such as the shop; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the remark.</returns>
    /// <exception cref="JdValidationException">The id, flag or remark is invalid; nothing was sent.</exception>
    /// <exception cref="JdBusinessException">JD refused the change.</exception>
    public async Task ModifyVenderRemarkAsync(long orderId, VenderRemarkColor flag, string remark, JdCallOptions? callOptions = null, CancellationToken cancellationToken = default)
    {
        RequirePositive(orderId);
        if (!Enum.IsDefined(flag))
        {
            throw new JdValidationException("flag", "must be a VenderRemarkColor color (0 gray to 5 purple).");
        }

        if (string.IsNullOrWhiteSpace(remark))
        {
            throw new JdValidationException("remark", "is required and must not be blank.");
        }

        await _client.SendAsync(new ModifyVenderRemarkRequest(orderId, flag, remark), callOptions, cancellationToken).ConfigureAwait(false);
    }

    private async Task<JdPage<OrderInfo>> SearchPageAsync(
        OrderSearchQuery query,
        DateTimeOffset? start,
        DateTimeOffset? end,
        int page,
        JdCallOptions? callOptions,
        CancellationToken cancellationToken)
    {
        var request = new OrderSearchRequest(query, start, end, page);
        var payload = await _client.SendAsync(request, callOptions, cancellationToken).ConfigureAwait(false);
        var result = payload.Result ?? throw new JdContractException($"JD's answer to {request.Method} carries no searchorderinfo_result.") { Method = request.Method };
        return new JdPage<OrderInfo>(result.Orders, page, query.PageSize, result.OrderTotal ?? result.Orders.Count);
    }

    private static void RequirePositive(long orderId)
    {
        if (orderId <= 0)
        {
            throw new JdValidationException("order_id", "must be a positive order id.");
        }
    }
}
