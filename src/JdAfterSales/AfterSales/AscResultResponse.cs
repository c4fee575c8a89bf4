using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>The payload of an ASC view or write method: <c>{"code":"0","result":{…}}</c>.</summary>
/// <typeparam name="TResult">The <c>result</c> model.</typeparam>
public sealed class AscResultResponse<TResult> : IJdBusinessOutcome
    where TResult : AscResult
{
    /// <summary>The gateway-level code (<c>"0"</c>).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The result, with JD's own success flag.</summary>
    [JsonPropertyName("result")]
    public TResult? Result { get; init; }

    /// <inheritdoc />
    public JdBusinessError? GetBusinessError() =>
        Result is { } result ? AscOutcome.ErrorOf(result.Success, result.Code, result.Message) : null;
}
