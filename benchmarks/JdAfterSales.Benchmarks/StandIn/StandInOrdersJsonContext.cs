using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Benchmarks.StandIn;

/// <summary>The stand-in order model's source-generated context, with the library's options and converters.</summary>
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
[JsonSerializable(typeof(OrderApiResult))]
[JsonSerializable(typeof(OrderInfo))]
[JsonSerializable(typeof(OrderConsignee))]
[JsonSerializable(typeof(OrderItem))]
internal sealed partial class StandInOrdersJsonContext : JsonSerializerContext;
