using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Benchmarks.StandIn;

/// <summary>Stand-in for the library's <c>jingdong.pop.order.search</c> payload: <c>{"code":"0","searchorderinfo_result":{…}}</c>.</summary>
public sealed class OrderSearchResponse : IJdBusinessOutcome
{
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    [JsonPropertyName("searchorderinfo_result")]
    [JsonConverter(typeof(JdObjectConverter<OrderSearchResult>))]
    public OrderSearchResult? Result { get; init; }

    public JdBusinessError? GetBusinessError() =>
        Result?.ApiResult is { Success: false } api
            ? new JdBusinessError(api.EnglishErrCode ?? api.NumberCode?.ToString(System.Globalization.CultureInfo.InvariantCulture), api.ChineseErrCode)
            : null;
}

/// <summary><c>searchorderinfo_result</c>.</summary>
public sealed class OrderSearchResult
{
    [JsonPropertyName("apiResult")]
    [JsonConverter(typeof(JdObjectConverter<OrderApiResult>))]
    public OrderApiResult? ApiResult { get; init; }

    [JsonPropertyName("orderTotal")]
    public long OrderTotal { get; init; }

    [JsonPropertyName("orderInfoList")]
    [JsonConverter(typeof(JdListConverter<OrderInfo>))]
    public IReadOnlyList<OrderInfo> Orders { get; init; } = [];
}

/// <summary><c>apiResult</c>: JD's own success flag of an order call.</summary>
public sealed class OrderApiResult
{
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    [JsonPropertyName("englishErrCode")]
    public string? EnglishErrCode { get; init; }

    [JsonPropertyName("chineseErrCode")]
    public string? ChineseErrCode { get; init; }

    [JsonPropertyName("numberCode")]
    public int? NumberCode { get; init; }
}
