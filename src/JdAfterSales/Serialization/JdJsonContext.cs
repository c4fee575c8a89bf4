using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Serialization;

/// <summary>
/// The one source-generated context for every model the client reads or writes, so nothing is reflected over at
/// run time (trimming and native AOT stay clean). Its converters accept every shape JD sends for numbers, flags,
/// strings and times.
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
// The JSON source generator fails when [JsonSerializable] sits on more than one partial declaration of a context
// (dotnet/runtime#99669, duplicate hint names), so the endpoint areas have contexts of their own with these options.
[JsonSerializable(typeof(Auth.JdOAuthReply))]
[JsonSerializable(typeof(Auth.JdTokenSet))]
[JsonSerializable(typeof(JdErrorPayload))]
[JsonSerializable(typeof(JdRawPayload))]
internal sealed partial class JdJsonContext : JsonSerializerContext;
