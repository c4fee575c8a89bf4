using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>The payload of <c>jingdong.pop.order.get</c>.</summary>
public sealed class OrderDetailResponse : IJdBusinessOutcome
{
    /// <summary>The success code of the envelope.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The result.</summary>
    [JsonPropertyName("orderDetailInfo")]
    [JsonConverter(typeof(JdObjectConverter<OrderDetailResult>))]
    public OrderDetailResult? Result { get; init; }

    /// <inheritdoc />
    public JdBusinessError? GetBusinessError() => OrderApiResult.ErrorOf(Result?.ApiResult, "orderDetailInfo.apiResult is missing");
}
