using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>The <c>apiResult</c> (or <c>modifyvenderremark_result</c>) of the order APIs.</summary>
internal sealed class OrderApiResult
{
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    [JsonPropertyName("englishErrCode")]
    public string? EnglishErrCode { get; init; }

    [JsonPropertyName("chineseErrCode")]
    public string? ChineseErrCode { get; init; }

    [JsonPropertyName("numberCode")]
    public string? NumberCode { get; init; }

    public JdBusinessError? ToError() => Success == false
        ? new JdBusinessError(
            string.IsNullOrEmpty(NumberCode) ? null : NumberCode,
            string.IsNullOrEmpty(ChineseErrCode) ? EnglishErrCode : ChineseErrCode)
        : null;
}

/// <summary>The payload of <c>jingdong.pop.order.search</c>.</summary>
internal sealed class OrderSearchPayload : IJdBusinessOutcome
{
    [JsonPropertyName("searchorderinfo_result")]
    [JsonConverter(typeof(JdObjectConverter<OrderSearchResult>))]
    public OrderSearchResult? Result { get; init; }

    public JdBusinessError? GetBusinessError() => Result?.ApiResult?.ToError();
}

/// <summary><c>searchorderinfo_result</c>.</summary>
internal sealed class OrderSearchResult
{
    [JsonPropertyName("apiResult")]
    [JsonConverter(typeof(JdObjectConverter<OrderApiResult>))]
    public OrderApiResult? ApiResult { get; init; }

    [JsonPropertyName("orderTotal")]
    public long? OrderTotal { get; init; }

    [JsonPropertyName("orderInfoList")]
    [JsonConverter(typeof(JdListConverter<OrderInfo>))]
    public IReadOnlyList<OrderInfo> Orders { get; init; } = [];
}

/// <summary>The payload of <c>jingdong.pop.order.get</c>.</summary>
internal sealed class OrderGetPayload : IJdBusinessOutcome
{
    [JsonPropertyName("orderDetailInfo")]
    [JsonConverter(typeof(JdObjectConverter<OrderDetailInfo>))]
    public OrderDetailInfo? Detail { get; init; }

    public JdBusinessError? GetBusinessError() => Detail?.ApiResult?.ToError();
}

/// <summary><c>orderDetailInfo</c>.</summary>
internal sealed class OrderDetailInfo
{
    [JsonPropertyName("apiResult")]
    [JsonConverter(typeof(JdObjectConverter<OrderApiResult>))]
    public OrderApiResult? ApiResult { get; init; }

    [JsonPropertyName("orderInfo")]
    [JsonConverter(typeof(JdObjectConverter<OrderInfo>))]
    public OrderInfo? Order { get; init; }
}

/// <summary>The payload of <c>jingdong.pop.order.modifyVenderRemark</c>.</summary>
internal sealed class ModifyVenderRemarkPayload : IJdBusinessOutcome
{
    [JsonPropertyName("modifyvenderremark_result")]
    [JsonConverter(typeof(JdObjectConverter<OrderApiResult>))]
    public OrderApiResult? Result { get; init; }

    public JdBusinessError? GetBusinessError() => Result is null
        ? new JdBusinessError(null, "JD's answer carries no modifyvenderremark_result.")
        : Result.ToError();
}
