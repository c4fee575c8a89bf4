using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// The <c>pageResult</c> object of an ASC list: JD's own success flag and code, and the paging counters. The items
/// are on the derived type, whose list property carries the tolerant list converter.
/// </summary>
internal abstract class AscPageResult
{
    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("msg")]
    public string? Message { get; set; }

    [JsonPropertyName("pageNumber")]
    public int? PageNumber { get; set; }

    [JsonPropertyName("pageSize")]
    public int? PageSize { get; set; }

    /// <summary>The number of items across all pages; JD leaves it out of an empty page.</summary>
    [JsonPropertyName("totalCount")]
    public long TotalCount { get; set; }
}

/// <summary>A <c>pageResult</c> whose items are <typeparamref name="TItem"/>.</summary>
/// <typeparam name="TItem">The item model.</typeparam>
internal interface IAscPage<TItem>
{
    /// <summary>The items on this page; empty when JD left <c>data</c> out.</summary>
    IReadOnlyList<TItem> Data { get; }
}
