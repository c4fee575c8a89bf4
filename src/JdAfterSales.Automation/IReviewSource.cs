namespace JdAfterSales.Automation;

/// <summary>Where the automation reads buyers' reviews; <see cref="JosReviewSource"/> reads them from JD.</summary>
public interface IReviewSource
{
    /// <summary>Yields every review written in a period.</summary>
    /// <param name="periodStart">The start, inclusive.</param>
    /// <param name="periodEnd">The end, inclusive.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The reviews.</returns>
    IAsyncEnumerable<ReviewSnapshot> ListReviewsAsync(DateTimeOffset periodStart, DateTimeOffset periodEnd, CancellationToken cancellationToken = default);

    /// <summary>Reads the reviews of one order.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reviews.</returns>
    Task<IReadOnlyList<ReviewSnapshot>> ListReviewsForOrderAsync(long orderId, CancellationToken cancellationToken = default);
}
