using System.Text.Json.Serialization;
using JdAfterSales.Logistics;

namespace JdAfterSales.Serialization;

/// <summary>
/// The source-generated context of the logistics payloads, with the same tolerant converters as
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
[JsonSerializable(typeof(LdopTraceResponse))]
[JsonSerializable(typeof(LdopTraceResult))]
[JsonSerializable(typeof(LdopTraceNode))]
[JsonSerializable(typeof(ThirdPartyTraceResponse))]
[JsonSerializable(typeof(ThirdPartyTraceResult))]
[JsonSerializable(typeof(ThirdPartyTraceData))]
[JsonSerializable(typeof(ThirdPartyTraceNode))]
internal sealed partial class LogisticsJsonContext : JsonSerializerContext;
