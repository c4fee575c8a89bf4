using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>The payload of <c>jingdong.pop.order.search</c>: <c>{"code":"0","searchorderinfo_result":{…}}</c>.</summary>
internal sealed class OrderSearchPayload : IJdBusinessOutcome
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("searchorderinfo_result")]
    [JsonConverter(typeof(JdObjectConverter<OrderSearchResult>))]
    public OrderSearchResult? Result { get; set; }

    public JdBusinessError? GetBusinessError() => OrderApiResult.ErrorOf(Result?.ApiResult);
}
