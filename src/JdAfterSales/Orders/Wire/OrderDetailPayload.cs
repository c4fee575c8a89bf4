using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>The payload of <c>jingdong.pop.order.get</c>: <c>{"code":"0","orderDetailInfo":{…}}</c>.</summary>
internal sealed class OrderDetailPayload : IJdBusinessOutcome
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("orderDetailInfo")]
    [JsonConverter(typeof(JdObjectConverter<OrderDetailResult>))]
    public OrderDetailResult? Result { get; set; }

    public JdBusinessError? GetBusinessError() => OrderApiResult.ErrorOf(Result?.ApiResult);
}
