namespace JdAfterSales.Orders;

/// <summary>Which order time a search window applies to (<c>dateType</c>).</summary>
public enum OrderDateType
{
    /// <summary>The last modification time (<c>dateType</c> 0), JD's default.</summary>
    Modified = 0,

    /// <summary>The creation time (<c>dateType</c> 1).</summary>
    Created = 1,
}
