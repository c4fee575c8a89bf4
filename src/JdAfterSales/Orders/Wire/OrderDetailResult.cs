using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>The <c>orderDetailInfo</c> object: JD's outcome and the order.</summary>
internal sealed class OrderDetailResult
{
    [JsonPropertyName("apiResult")]
    [JsonConverter(typeof(JdObjectConverter<OrderApiResult>))]
    public OrderApiResult? ApiResult { get; set; }

    [JsonPropertyName("orderInfo")]
    [JsonConverter(typeof(JdObjectConverter<OrderInfo>))]
    public OrderInfo? Order { get; set; }
}
