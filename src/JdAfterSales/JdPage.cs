namespace JdAfterSales;

/// <summary>One page of a JD list.</summary>
/// <typeparam name="T">The item model.</typeparam>
public sealed class JdPage<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="items">The items on this page.</param>
    /// <param name="pageNumber">The 1-based page number.</param>
    /// <param name="pageSize">The page size that was asked for.</param>
    /// <param name="totalCount">The number of items across all pages, as JD reports it.</param>
    public JdPage(IReadOnlyList<T> items, int pageNumber, int pageSize, long totalCount)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        PageNumber = pageNumber;
        PageSize = pageSize;
        TotalCount = totalCount;
    }

    /// <summary>The items on this page.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>The 1-based page number.</summary>
    public int PageNumber { get; }

    /// <summary>The page size that was asked for.</summary>
    public int PageSize { get; }

    /// <summary>The number of items across all pages, as JD reports it.</summary>
    public long TotalCount { get; }

    /// <summary>Whether a later page may hold more items.</summary>
    public bool HasMore => PageSize > 0 && (long)PageNumber * PageSize < TotalCount && Items.Count > 0;
}
