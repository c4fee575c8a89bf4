using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>A paged ASC list: <c>pageNumber</c> from 1, <c>pageSize</c> from 1 to 50 (JD's largest page).</summary>
/// <typeparam name="TItem">The item on a page.</typeparam>
public abstract record AscListRequest<TItem> : AscRequest<JdPage<TItem>>, IJdPagedRequest
{
    private protected AscListRequest()
    {
    }

    /// <summary>The 1-based page (<c>pageNumber</c>); 1 unless set.</summary>
    [JsonPropertyName("pageNumber")]
    [JsonPropertyOrder(100)]
    public int PageNumber { get; init; } = 1;

    /// <summary>The page size (<c>pageSize</c>), 1 to 50; 50 unless set.</summary>
    [JsonPropertyName("pageSize")]
    [JsonPropertyOrder(101)]
    public int PageSize { get; init; } = JdRequestRules.MaxPageSize;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected sealed override void ValidateParameters()
    {
        JdRequestRules.RequirePage(PageNumber, "pageNumber", int.MaxValue, PageSize, "pageSize");
        ValidateFilters();
    }

    /// <summary>Refuses filters JD would refuse.</summary>
    private protected abstract void ValidateFilters();
}
