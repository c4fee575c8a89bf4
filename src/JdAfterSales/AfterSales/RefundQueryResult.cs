using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>queryResult</c> object of the refund-application reads.</summary>
public sealed class RefundQueryResult
{
    /// <summary>Whether JD says the call succeeded.</summary>
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    /// <summary>JD's error code (empty on success).</summary>
    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; init; }

    /// <summary>JD's error message, usually Chinese (empty on success).</summary>
    [JsonPropertyName("errorMsg")]
    public string? ErrorMessage { get; init; }

    /// <summary>The number of applications across all pages (for <c>getWaitRefundNum</c>, the number waiting).</summary>
    [JsonPropertyName("totalCount")]
    public long TotalCount { get; init; }

    /// <summary>The applications on this page.</summary>
    [JsonPropertyName("result")]
    [JsonConverter(typeof(JdListConverter<RefundApplication>))]
    public IReadOnlyList<RefundApplication> Result { get; init; } = [];
}
