using System.Runtime.CompilerServices;
using JdAfterSales.Gateway;

namespace JdAfterSales.Orders;

/// <summary>
/// POP orders (<c>jingdong.pop.order.*</c>): search any range, read one, set the shop's remark. Members are virtual
/// so a test can substitute them.
/// </summary>
public class OrdersClient
{
    private readonly JdClient _client;

    /// <summary>For substitutes in tests: a sub-client whose members a test overrides.</summary>
    protected OrdersClient() => _client = null!;

    internal OrdersClient(JdClient client) => _client = client;

    /// <summary>Searches orders in a window of at most one month, one page. Calls <c>jingdong.pop.order.search</c>.</summary>
    /// <param name="request">The states, the window, the fields and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter breaks one of JD's rules (for example a window over a month); nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<OrderInfo>> SearchAsync(SearchOrdersRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Yields every order in states <see cref="SearchOrdersRequest.States"/> between
    /// <see cref="SearchOrdersRequest.StartDate"/> and <see cref="SearchOrdersRequest.EndDate"/> (both required), each
    /// once, however long the range: it is walked in one-month windows, page by page. Safe to act on the orders while
    /// walking (see <see cref="AfterSales.AfterSalesClient.ListAllServicesAsync"/>). Calls <c>jingdong.pop.order.search</c>.
    /// </summary>
    /// <param name="request">The states, the range, the fields and the page size; its page number is ignored.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The orders.</returns>
    /// <exception cref="JdValidationException">The range is missing or reversed, or another parameter is invalid; nothing was sent.</exception>
    public virtual IAsyncEnumerable<OrderInfo> SearchAllAsync(SearchOrdersRequest request, CancellationToken cancellationToken = default)
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

        (request with { StartDate = start, EndDate = start, PageNumber = 1 }).Validate();
        return WalkAsync(request, start, end, cancellationToken);
    }

    /// <summary>Reads one order. Calls <c>jingdong.pop.order.get</c>.</summary>
    /// <param name="request">The order and the fields to return.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The order.</returns>
    /// <exception cref="JdValidationException">The order id is not positive or a field is invalid; nothing was sent.</exception>
    /// <exception cref="JdBusinessException">JD holds no such order for the shop (its <c>apiResult</c> says so).</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<OrderInfo> GetAsync(GetOrderRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Sets the shop's remark and flag colour on an order. A write, never re-sent. Calls <c>jingdong.pop.order.modifyVenderRemark</c>.</summary>
    /// <param name="request">The order, the remark and the colour.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">The remark is empty or the colour unknown; nothing was sent.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> ModifyVenderRemarkAsync(ModifyVenderRemarkRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    private async IAsyncEnumerable<OrderInfo> WalkAsync(
        SearchOrdersRequest template,
        DateTimeOffset start,
        DateTimeOffset end,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // JD's windows include both ends, so an order on a boundary comes twice: one set across windows yields it once.
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
                template.Method,
                (page, ct) => SearchAsync(window with { PageNumber = page }, ct),
                static order => order.OrderId,
                seen,
                new JdWalkOutcome(),
                int.MaxValue,
                cancellationToken).ConfigureAwait(false))
            {
                yield return order;
            }

            if (windowEnd == end)
            {
                yield break;
            }

            windowStart = windowEnd;
        }
    }
}
