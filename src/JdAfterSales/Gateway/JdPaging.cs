using System.Runtime.CompilerServices;

namespace JdAfterSales.Gateway;

/// <summary>Walks JD's numbered pages as one asynchronous sequence.</summary>
public static class JdPaging
{
    /// <summary>
    /// Yields every item of every page, fetching the next page only when the caller has consumed the previous one,
    /// and each item once even when JD's pages overlap (items that moved between pages while walking).
    /// </summary>
    /// <typeparam name="T">The item model.</typeparam>
    /// <typeparam name="TKey">The item's identity, for de-duplication.</typeparam>
    /// <param name="fetchPage">Fetches a 1-based page.</param>
    /// <param name="keyOf">The identity of an item.</param>
    /// <param name="maxPageNumber">The last page JD serves for one filter (for example 100 for refund lists); walking stops there.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The items.</returns>
    public static async IAsyncEnumerable<T> WalkAsync<T, TKey>(
        Func<int, CancellationToken, Task<JdPage<T>>> fetchPage,
        Func<T, TKey> keyOf,
        int maxPageNumber = int.MaxValue,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(keyOf);
        var seen = new HashSet<TKey>();
        for (var pageNumber = 1; pageNumber <= maxPageNumber; pageNumber++)
        {
            var page = await fetchPage(pageNumber, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                if (seen.Add(keyOf(item)))
                {
                    yield return item;
                }
            }

            if (!page.HasMore)
            {
                yield break;
            }
        }
    }
}
