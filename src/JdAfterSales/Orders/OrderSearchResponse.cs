using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>The payload of <c>jingdong.pop.order.search</c>.</summary>
public sealed class OrderSearchResponse : IJdBusinessOutcome
{
    /// <summary>The success code of the envelope.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The result.</summary>
    [JsonPropertyName("searchorderinfo_result")]
    [JsonConverter(typeof(JdObjectConverter<OrderSearchResult>))]
    public OrderSearchResult? Result { get; init; }

    /// <inheritdoc />
    public JdBusinessError? GetBusinessError() => OrderApiResult.ErrorOf(Result?.ApiResult, "searchorderinfo_result.apiResult is missing");
}
