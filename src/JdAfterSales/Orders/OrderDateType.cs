namespace JdAfterSales.Orders;

/// <summary>Which time an order search filters and sorts on (<c>dateType</c>).</summary>
public enum OrderDateType
{
    /// <summary>The last modification (JD's default).</summary>
    Modified = 0,

    /// <summary>Creation (<c>dateType=1</c>).</summary>
    Created = 1,
}
