using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>
/// The source-generated context of the orders area (<c>jingdong.pop.order.*</c>): its payloads, read with the same
/// tolerant converters as <see cref="JdJsonContext"/>, and its requests, whose business parameters it writes (each
/// area has its own context: the generator does not combine <c>[JsonSerializable]</c> across partial declarations).
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(JdNumberConverter<long, JdInt64Format>),
        typeof(JdNullableNumberConverter<long, JdInt64Format>),
        typeof(JdNumberConverter<int, JdInt32Format>),
        typeof(JdNullableNumberConverter<int, JdInt32Format>),
        typeof(JdNumberConverter<decimal, JdDecimalFormat>),
        typeof(JdNullableNumberConverter<decimal, JdDecimalFormat>),
        typeof(JdBooleanConverter),
        typeof(JdNonNullableBooleanConverter),
        typeof(JdDateTimeOffsetConverter),
        typeof(JdNonNullableDateTimeOffsetConverter),
        typeof(JdStringConverter),
        typeof(OrderInfoConverter),
        typeof(OrderItemConverter),
        typeof(OrderConsigneeConverter),
    ])]
[JsonSerializable(typeof(OrderSearchPayload))]
[JsonSerializable(typeof(OrderSearchResult))]
[JsonSerializable(typeof(OrderDetailPayload))]
[JsonSerializable(typeof(OrderDetailResult))]
[JsonSerializable(typeof(ModifyVenderRemarkPayload))]
[JsonSerializable(typeof(VenderRemarkResult))]
[JsonSerializable(typeof(OrderApiResult))]
[JsonSerializable(typeof(OrderInfo))]
[JsonSerializable(typeof(OrderConsignee))]
[JsonSerializable(typeof(OrderItem))]
[JsonSerializable(typeof(SearchOrdersRequest))]
[JsonSerializable(typeof(GetOrderRequest))]
[JsonSerializable(typeof(ModifyVenderRemarkRequest))]
internal sealed partial class OrdersJsonContext : JsonSerializerContext;
