namespace JdAfterSales.Automation;

/// <summary>Where the automation reads orders; <see cref="JosOrderSource"/> reads them from JD.</summary>
public interface IOrderSource
{
    /// <summary>Reads one order.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The order, or <c>null</c> when there is none.</returns>
    Task<OrderSnapshot?> GetOrderAsync(long orderId, CancellationToken cancellationToken = default);

    /// <summary>Yields every order placed in a period, whatever its state.</summary>
    /// <param name="periodStart">The start, inclusive.</param>
    /// <param name="periodEnd">The end, inclusive.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The orders.</returns>
    IAsyncEnumerable<OrderSnapshot> ListOrdersAsync(DateTimeOffset periodStart, DateTimeOffset periodEnd, CancellationToken cancellationToken = default);
}
