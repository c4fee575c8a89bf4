using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary><c>orderDetailInfo</c> of <c>jingdong.pop.order.get</c>.</summary>
public sealed class OrderDetailResult
{
    /// <summary>JD's business result.</summary>
    [JsonPropertyName("apiResult")]
    [JsonConverter(typeof(JdObjectConverter<OrderApiResult>))]
    public OrderApiResult? ApiResult { get; init; }

    /// <summary>The order.</summary>
    [JsonPropertyName("orderInfo")]
    [JsonConverter(typeof(JdObjectConverter<OrderInfo>))]
    public OrderInfo? Order { get; init; }
}
