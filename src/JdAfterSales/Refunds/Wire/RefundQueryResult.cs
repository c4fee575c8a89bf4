using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Refunds;

/// <summary>The <c>queryResult</c> object of the refund-application reads.</summary>
internal sealed class RefundQueryResult
{
    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    [JsonPropertyName("errorCode")]
    public string? ErrorCode { get; set; }

    [JsonPropertyName("errorMsg")]
    public string? ErrorMessage { get; set; }

    /// <summary>The number of applications across all pages (for <c>getWaitRefundNum</c>, the number waiting).</summary>
    [JsonPropertyName("totalCount")]
    public long? TotalCount { get; set; }

    [JsonPropertyName("result")]
    [JsonConverter(typeof(JdListConverter<RefundApplication>))]
    public IReadOnlyList<RefundApplication> Result { get; set; } = [];
}
