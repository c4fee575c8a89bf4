using JdAfterSales.AfterSales;
using JdAfterSales.Logistics;

namespace JdAfterSales.Automation;

/// <summary>
/// Builds the <see cref="CaseView"/> of an order: the order and then its parcel trace, its service orders, its refund
/// applications and its reviews, all read concurrently.
/// </summary>
public sealed class CaseViewBuilder
{
    private readonly JdClient _client;
    private readonly IOrderSource _orders;
    private readonly IReviewSource _reviews;
    private readonly AutomationOptions _options;

    /// <summary>Creates the builder.</summary>
    /// <param name="client">The JD client.</param>
    /// <param name="orders">Where orders come from.</param>
    /// <param name="reviews">Where reviews come from.</param>
    /// <param name="options">Settings; <see cref="AutomationOptions.LogisticsCustomerCode"/> is needed for the trace.</param>
    public CaseViewBuilder(JdClient client, IOrderSource orders, IReviewSource reviews, AutomationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(reviews);
        _client = client;
        _orders = orders;
        _reviews = reviews;
        _options = options ?? new AutomationOptions();
    }

    /// <summary>Gathers the case view of an order.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The case view.</returns>
    public async Task<CaseView> BuildAsync(long orderId, CancellationToken cancellationToken = default)
    {
        var orderTask = _orders.GetOrderAsync(orderId, cancellationToken);
        var traceTask = TraceAsync(orderTask, cancellationToken);
        var servicesTask = ServicesAsync(orderId, cancellationToken);
        var refundsTask = _client.Refunds.ListRefundsAsync(new ListRefundsRequest { OrderId = orderId, PageSize = 50 }, cancellationToken);
        var reviewsTask = _reviews.ListReviewsForOrderAsync(orderId, cancellationToken);
        await Task.WhenAll(orderTask, traceTask, servicesTask, refundsTask, reviewsTask).ConfigureAwait(false);
        return new CaseView
        {
            OrderId = orderId,
            Order = await orderTask.ConfigureAwait(false),
            Trace = await traceTask.ConfigureAwait(false),
            Services = await servicesTask.ConfigureAwait(false),
            Refunds = (await refundsTask.ConfigureAwait(false)).Items,
            Reviews = await reviewsTask.ConfigureAwait(false),
        };
    }

    private async Task<WaybillTrace?> TraceAsync(Task<OrderSnapshot?> orderTask, CancellationToken cancellationToken)
    {
        var order = await orderTask.ConfigureAwait(false);
        if (order?.Waybill is not { Length: > 0 } waybill || string.IsNullOrWhiteSpace(_options.LogisticsCustomerCode))
        {
            return null;
        }

        return await _client.Logistics.GetWaybillTraceAsync(waybill, _options.LogisticsCustomerCode, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ServiceBrief>> ServicesAsync(long orderId, CancellationToken cancellationToken)
    {
        var list = new List<ServiceBrief>();
        await foreach (var service in _client.AfterSales.ListAllServicesAsync(new ListServicesRequest { OrderId = orderId, PageSize = 50 }, cancellationToken).ConfigureAwait(false))
        {
            list.Add(service);
        }

        return list;
    }
}
