using System.Globalization;
using System.Runtime.CompilerServices;

namespace JdAfterSales.Gateway;

/// <summary>
/// Walks a paged JOS list page by page, yielding each item once (by key) even when pages shift. The walk is safe
/// while its results shrink: when JD's total drops during a pass (the caller approving the items of a
/// status-filtered list moves them out of it, so later pages slide forward over items not yet read), the walk makes
/// another pass from the first page and yields what the pass before could not reach, until a pass sees no drop. Items
/// that arrive during a walk slide later pages back and are read at most once; those that land on pages already read
/// are left for the next walk. It stops with a <see cref="JdContractException"/> instead of asking without end when
/// JD repeats a page or reports more pages than its total allows.
/// </summary>
internal static class JdPaging
{
    /// <summary>The fewest pages beyond <c>totalCount / pageSize</c> a pass may read before JD's answers are called inconsistent.</summary>
    internal const int PageMargin = 2;

    /// <summary>
    /// Passes over a list that keeps shrinking before the walk settles for what it has yielded: enough for a caller
    /// that acts on every item of about 50 × 2⁸ = 12,800 items, as each pass reads what the one before skipped.
    /// </summary>
    internal const int MaxPasses = 10;

    /// <summary>Walks every page of a list, in passes until the list holds still.</summary>
    /// <param name="method">The JOS method, for errors.</param>
    /// <param name="fetchPage">Reads one page by its 1-based number.</param>
    /// <param name="keyOf">The identity of an item.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static IAsyncEnumerable<T> WalkAsync<T, TKey>(
        string method,
        Func<int, CancellationToken, Task<JdPage<T>>> fetchPage,
        Func<T, TKey> keyOf,
        CancellationToken cancellationToken)
        where TKey : notnull =>
        WalkAsync(method, fetchPage, keyOf, new HashSet<TKey>(), new JdWalkOutcome(), int.MaxValue, cancellationToken);

    /// <summary>
    /// Walks the pages of one list, skipping items in <paramref name="seen"/>; stops at <paramref name="maxPageNumber"/>
    /// and reports in <paramref name="outcome"/> whether the list went on past it.
    /// </summary>
    public static async IAsyncEnumerable<T> WalkAsync<T, TKey>(
        string method,
        Func<int, CancellationToken, Task<JdPage<T>>> fetchPage,
        Func<T, TKey> keyOf,
        HashSet<TKey> seen,
        JdWalkOutcome outcome,
        int maxPageNumber,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        ArgumentNullException.ThrowIfNull(keyOf);
        for (var pass = 1; ; pass++)
        {
            long? firstTotal = null;
            var totalDropped = false;
            var newInPass = 0;
            List<TKey>? previousKeys = null;
            for (var pageNumber = 1; ; pageNumber++)
            {
                var page = await fetchPage(pageNumber, cancellationToken).ConfigureAwait(false);
                firstTotal ??= page.TotalCount;
                totalDropped |= page.TotalCount < firstTotal;
                var keys = new List<TKey>(page.Items.Count);
                var newOnPage = 0;
                foreach (var item in page.Items)
                {
                    var key = keyOf(item);
                    keys.Add(key);
                    if (seen.Add(key))
                    {
                        newOnPage++;
                        yield return item;
                    }
                }

                newInPass += newOnPage;
                if (!page.HasMore)
                {
                    break;
                }

                if (newOnPage == 0 && (pass == 1 || (previousKeys is not null && keys.SequenceEqual(previousKeys))))
                {
                    throw Stuck(method, $"page {Text(pageNumber)} brought no item that earlier pages had not (JD reports {Text(page.TotalCount)} in all)");
                }

                if (pageNumber >= AllowedPages(firstTotal.Value, page.PageSize))
                {
                    throw Stuck(method, $"JD reported a page {Text(pageNumber + 1)}, more than the total of {Text(firstTotal.Value)} it gave at the start of the pass allows at {Text(page.PageSize)} a page");
                }

                if (pageNumber >= maxPageNumber)
                {
                    outcome.Truncated = true;
                    yield break;
                }

                previousKeys = keys;
            }

            // A list that did not shrink needs no second pass; one that did may have slid items past the pages read.
            if (!totalDropped || (pass > 1 && newInPass == 0) || pass >= MaxPasses)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// The pages a pass may read: what the total at its start fills, plus a margin for items that arrive meanwhile
    /// (two pages, or a tenth more on a long list).
    /// </summary>
    internal static long AllowedPages(long firstTotal, int pageSize)
    {
        var size = Math.Max(1, pageSize);
        var expected = (Math.Max(0, firstTotal) + size - 1) / size;
        return expected + Math.Max(PageMargin, (expected + 9) / 10);
    }

    private static JdContractException Stuck(string method, string why) =>
        new($"Stopped walking {method}: {why}. JD's paging is inconsistent; narrow the filters or walk again later.") { Method = method };

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What a walk found out besides its items.</summary>
internal sealed class JdWalkOutcome
{
    /// <summary>Whether the list went on past the last page the walk could read.</summary>
    public bool Truncated { get; set; }
}
