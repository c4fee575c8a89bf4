using JdAfterSales.AfterSales;
using JdAfterSales.Logistics;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;

namespace JdAfterSales.Automation;

/// <summary>
/// Builds the <see cref="CaseView"/> of an order: the order and then its parcel trace, its service orders, its refund
/// applications and its reviews, all read concurrently.
/// </summary>
public sealed class CaseViewBuilder
{
    private readonly JdClient _client;
    private readonly AutomationOptions _options;

    /// <summary>Creates the builder.</summary>
    /// <param name="client">The JD client.</param>
    /// <param name="options">Settings; <see cref="AutomationOptions.LogisticsCustomerCode"/> is needed for the trace.</param>
    public CaseViewBuilder(JdClient client, AutomationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new AutomationOptions();
    }

    /// <summary>Gathers the case view of an order.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The case view.</returns>
    public async Task<CaseView> BuildAsync(long orderId, CancellationToken cancellationToken = default)
    {
        var orderTask = OrderAsync(orderId, cancellationToken);
        var traceTask = TraceAsync(orderTask, cancellationToken);
        var servicesTask = ServicesAsync(orderId, cancellationToken);
        var refundsTask = _client.Refunds.ListAsync(new ListRefundsRequest { OrderId = orderId, PageSize = 50 }, cancellationToken);
        var reviewsTask = ReviewsAsync(orderId, cancellationToken);
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

    private async Task<WaybillTrace?> TraceAsync(Task<OrderInfo?> orderTask, CancellationToken cancellationToken)
    {
        var order = await orderTask.ConfigureAwait(false);
        if (order?.Waybill is not { Length: > 0 } waybill || string.IsNullOrWhiteSpace(_options.LogisticsCustomerCode))
        {
            return null;
        }

        return await _client.Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = waybill, CustomerCode = _options.LogisticsCustomerCode }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<OrderInfo?> OrderAsync(long orderId, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.Orders.GetAsync(new GetOrderRequest { OrderId = orderId }, cancellationToken).ConfigureAwait(false);
        }
        catch (JdBusinessException)
        {
            // JD answers an unknown order with a business failure (10100005): the case view shows no order.
            return null;
        }
    }

    private async Task<IReadOnlyList<Comment>> ReviewsAsync(long orderId, CancellationToken cancellationToken)
    {
        var list = new List<Comment>();
        await foreach (var comment in _client.Reviews.ListAllCommentsAsync(new ListCommentsRequest { OrderIds = [orderId] }, cancellationToken).ConfigureAwait(false))
        {
            list.Add(comment);
        }

        return list;
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
