using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary><c>searchorderinfo_result</c> of <c>jingdong.pop.order.search</c>.</summary>
public sealed class OrderSearchResult
{
    /// <summary>JD's business result.</summary>
    [JsonPropertyName("apiResult")]
    [JsonConverter(typeof(JdObjectConverter<OrderApiResult>))]
    public OrderApiResult? ApiResult { get; init; }

    /// <summary>The number of orders across all pages.</summary>
    [JsonPropertyName("orderTotal")]
    public long OrderTotal { get; init; }

    /// <summary>The orders on this page.</summary>
    [JsonPropertyName("orderInfoList")]
    [JsonConverter(typeof(JdListConverter<OrderInfo>))]
    public IReadOnlyList<OrderInfo> Orders { get; init; } = [];
}
