namespace JdAfterSales.Orders;

/// <summary>The order of search results by time (<c>sortType</c>).</summary>
public enum OrderSortOrder
{
    /// <summary>Oldest first (<c>sortType</c> 0).</summary>
    Ascending = 0,

    /// <summary>Newest first (<c>sortType</c> 1).</summary>
    Descending = 1,
}
