using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>The payload of the refund-application reads: <c>{"code":"0","queryResult":{…}}</c>.</summary>
public sealed class RefundQueryResponse : IJdBusinessOutcome
{
    /// <summary>The gateway-level code (<c>"0"</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The result, with JD's own success flag.</summary>
    [JsonPropertyName("queryResult")]
    public RefundQueryResult? QueryResult { get; init; }

    /// <inheritdoc />
    public JdBusinessError? GetBusinessError() =>
        QueryResult is { } result ? RefundOutcome.ErrorOf(result.Success, result.ErrorCode, result.ErrorMessage) : null;
}
