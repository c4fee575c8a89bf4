using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// The <c>pageResult</c> object of an ASC list: JD's own success flag and code, and the paging counters. The items
/// are on the derived type.
/// </summary>
public abstract class AscPageResult
{
    private protected AscPageResult()
    {
    }

    /// <summary>Whether JD says the call succeeded.</summary>
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    /// <summary>JD's result code (<c>"0"</c> on success).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>JD's message, usually Chinese.</summary>
    [JsonPropertyName("msg")]
    public string? Message { get; init; }

    /// <summary>The page number JD served.</summary>
    [JsonPropertyName("pageNumber")]
    public int? PageNumber { get; init; }

    /// <summary>The page size JD served.</summary>
    [JsonPropertyName("pageSize")]
    public int? PageSize { get; init; }

    /// <summary>The number of items across all pages.</summary>
    [JsonPropertyName("totalCount")]
    public long TotalCount { get; init; }
}
