namespace JdAfterSales.Gateway;

/// <summary>A request for one page: the page a result reports comes from here, whatever JD's wire names are.</summary>
internal interface IJdPagedRequest
{
    /// <summary>The 1-based page asked for.</summary>
    int PageNumber { get; }

    /// <summary>The page size asked for.</summary>
    int PageSize { get; }
}
