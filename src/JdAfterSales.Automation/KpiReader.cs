using JdAfterSales.AfterSales;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;

namespace JdAfterSales.Automation;

/// <summary>Reads the data of a period from JD for <see cref="AfterSalesKpiCalculator"/>.</summary>
public sealed class KpiReader
{
    private readonly JdClient _client;
    private readonly TimeProvider _time;

    /// <summary>Creates the reader.</summary>
    /// <param name="client">The JD client.</param>
    /// <param name="timeProvider">The clock; the system clock when <c>null</c>.</param>
    public KpiReader(JdClient client, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// Reads the orders placed, service orders and refund applications applied for, and reviews written in a period,
    /// concurrently, each source walked page by page.
    /// </summary>
    /// <param name="periodStart">The start, inclusive.</param>
    /// <param name="periodEnd">The end, inclusive.</param>
    /// <param name="progress">Reports the number of items read so far; optional.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The input for <see cref="AfterSalesKpiCalculator.Compute"/>.</returns>
    public async Task<KpiInput> ReadAsync(DateTimeOffset periodStart, DateTimeOffset periodEnd, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var read = 0;
        void Tick() => progress?.Report(Interlocked.Increment(ref read));

        var orders = CollectAsync(_client.Orders.SearchAllAsync(new SearchOrdersRequest { States = OrderState.All, StartDate = periodStart, EndDate = periodEnd, DateType = OrderDateType.Created }, cancellationToken), Tick, cancellationToken);
        var services = CollectAsync(_client.AfterSales.ListAllServicesAsync(new ListServicesRequest { ApplyTimeBegin = periodStart, ApplyTimeEnd = periodEnd, PageSize = 50 }, cancellationToken), Tick, cancellationToken);
        var refunds = CollectAsync(_client.Refunds.ListAllAsync(new ListRefundsRequest { ApplyTimeStart = periodStart, ApplyTimeEnd = periodEnd }, cancellationToken), Tick, cancellationToken);
        var reviews = CollectAsync(_client.Reviews.ListAllCommentsAsync(new ListCommentsRequest { BeginTime = periodStart, EndTime = periodEnd }, cancellationToken), Tick, cancellationToken);
        await Task.WhenAll(orders, services, refunds, reviews).ConfigureAwait(false);
        return new KpiInput
        {
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            Now = _time.GetUtcNow(),
            Orders = await orders.ConfigureAwait(false),
            Services = await services.ConfigureAwait(false),
            Refunds = await refunds.ConfigureAwait(false),
            Reviews = await reviews.ConfigureAwait(false),
        };
    }

    private static async Task<IReadOnlyList<T>> CollectAsync<T>(IAsyncEnumerable<T> items, Action tick, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
            tick();
        }

        return list;
    }
}
