using System.Text.Json.Serialization;
using JdAfterSales.Orders;

namespace JdAfterSales.Serialization;

/// <summary>
/// The source-generated context of the order payloads, with the same tolerant converters as
/// <see cref="JdJsonContext"/> (see <see cref="AfterSalesJsonContext"/> for why each area has its own).
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
    ])]
[JsonSerializable(typeof(OrderSearchResponse))]
[JsonSerializable(typeof(OrderSearchResult))]
[JsonSerializable(typeof(OrderDetailResponse))]
[JsonSerializable(typeof(OrderDetailResult))]
[JsonSerializable(typeof(ModifyVenderRemarkResponse))]
[JsonSerializable(typeof(OrderApiResult))]
[JsonSerializable(typeof(OrderInfo))]
[JsonSerializable(typeof(OrderConsignee))]
[JsonSerializable(typeof(OrderItem))]
internal sealed partial class OrdersJsonContext : JsonSerializerContext;
