using System.Text.Json;

namespace JdAfterSales.AfterSales;

/// <summary>A paged ASC list: <c>pageNumber</c> from 1, <c>pageSize</c> from 1 to 50 (JD's largest page).</summary>
public abstract record AscListRequest : AscRequest
{
    private protected AscListRequest()
    {
    }

    /// <summary>The 1-based page (<c>pageNumber</c>); 1 unless set.</summary>
    public int PageNumber { get; init; } = 1;

    /// <summary>The page size (<c>pageSize</c>), 1 to 50; 50 unless set.</summary>
    public int PageSize { get; init; } = RequestRules.MaxPageSize;

    /// <summary>Checks the paging, then writes the object: operator, filters, paging.</summary>
    private protected void WriteList(Utf8JsonWriter writer)
    {
        RequestRules.RequirePage(PageNumber, "pageNumber", int.MaxValue, PageSize, "pageSize");
        CheckFilters();
        writer.WriteStartObject();
        WriteOperator(writer);
        WriteFilters(writer);
        writer.WriteNumber("pageNumber", PageNumber);
        writer.WriteNumber("pageSize", PageSize);
        writer.WriteEndObject();
    }

    /// <summary>Refuses filters JD would refuse, before anything is written.</summary>
    private protected abstract void CheckFilters();

    /// <summary>Writes the filters that are set.</summary>
    private protected abstract void WriteFilters(Utf8JsonWriter writer);
}
