using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Refunds;

/// <summary>
/// The source-generated context of the refund-application area (<c>jingdong.pop.afs.soa.refundapply.*</c>): its
/// payloads, read with the same tolerant converters as <see cref="JdJsonContext"/>, and its requests, whose business
/// parameters it writes.
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
[JsonSerializable(typeof(RefundQueryPayload))]
[JsonSerializable(typeof(RefundReplyPayload))]
[JsonSerializable(typeof(RefundApplication))]
[JsonSerializable(typeof(ListRefundsRequest))]
[JsonSerializable(typeof(GetRefundRequest))]
[JsonSerializable(typeof(ReplyRefundRequest))]
[JsonSerializable(typeof(CountPendingRefundsRequest))]
internal sealed partial class RefundsJsonContext : JsonSerializerContext;
