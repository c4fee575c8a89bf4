using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>The payload of an ASC view or write method: <c>{"code":"0","result":{…}}</c>.</summary>
/// <typeparam name="TResult">The <c>result</c> model.</typeparam>
internal sealed class AscResultPayload<TResult> : IJdBusinessOutcome
    where TResult : AscResult
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("result")]
    public TResult? Result { get; set; }

    public JdBusinessError? GetBusinessError() =>
        Result is { } result ? AscOutcome.ErrorOf(result.Success, result.Code, result.Message) : null;
}
