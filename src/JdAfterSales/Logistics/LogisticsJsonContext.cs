using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>
/// The source-generated context of the logistics area (waybill traces): its payloads, read with the same tolerant
/// converters as <see cref="JdJsonContext"/>, and its requests, whose business parameters it writes.
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
[JsonSerializable(typeof(LdopTracePayload))]
[JsonSerializable(typeof(LdopTraceResult))]
[JsonSerializable(typeof(LdopTraceNode))]
[JsonSerializable(typeof(ThirdTracePayload))]
[JsonSerializable(typeof(ThirdTraceResult))]
[JsonSerializable(typeof(ThirdWaybill))]
[JsonSerializable(typeof(ThirdTraceDetail))]
[JsonSerializable(typeof(GetWaybillTraceRequest))]
[JsonSerializable(typeof(GetThirdPartyTraceRequest))]
internal sealed partial class LogisticsJsonContext : JsonSerializerContext;
