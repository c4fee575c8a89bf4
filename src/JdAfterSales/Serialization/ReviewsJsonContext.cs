using System.Text.Json.Serialization;
using JdAfterSales.Reviews;

namespace JdAfterSales.Serialization;

/// <summary>
/// The source-generated context of the review payloads, with the same tolerant converters as
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
[JsonSerializable(typeof(CommentListResponse))]
[JsonSerializable(typeof(CommentReplyResponse))]
[JsonSerializable(typeof(Comment))]
[JsonSerializable(typeof(CommentReply))]
[JsonSerializable(typeof(CommentImage))]
internal sealed partial class ReviewsJsonContext : JsonSerializerContext;
