using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>The <c>searchorderinfo_result</c> object: JD's outcome, the total and one page of orders.</summary>
internal sealed class OrderSearchResult
{
    [JsonPropertyName("apiResult")]
    [JsonConverter(typeof(JdObjectConverter<OrderApiResult>))]
    public OrderApiResult? ApiResult { get; set; }

    [JsonPropertyName("orderTotal")]
    public long? OrderTotal { get; set; }

    [JsonPropertyName("orderInfoList")]
    [JsonConverter(typeof(JdListConverter<OrderInfo>))]
    public IReadOnlyList<OrderInfo> Orders { get; set; } = [];
}
