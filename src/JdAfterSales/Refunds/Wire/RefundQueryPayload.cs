using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Refunds;

/// <summary>The payload of the refund-application reads: <c>{"code":"0","queryResult":{…}}</c>.</summary>
internal sealed class RefundQueryPayload : IJdBusinessOutcome
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("queryResult")]
    public RefundQueryResult? QueryResult { get; set; }

    public JdBusinessError? GetBusinessError() =>
        QueryResult is { } result ? RefundOutcome.ErrorOf(result.Success, result.ErrorCode, result.ErrorMessage) : null;
}
