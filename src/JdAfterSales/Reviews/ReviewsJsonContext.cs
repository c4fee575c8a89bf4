using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Reviews;

/// <summary>
/// The source-generated context of the reviews area (comments and replies): its payloads, read with the same tolerant
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
        typeof(CommentConverter),
        typeof(CommentReplyConverter),
        typeof(CommentImageConverter),
    ])]
[JsonSerializable(typeof(CommentListPayload))]
[JsonSerializable(typeof(CommentReplyPayload))]
[JsonSerializable(typeof(Comment))]
[JsonSerializable(typeof(CommentReply))]
[JsonSerializable(typeof(CommentImage))]
[JsonSerializable(typeof(ListCommentsRequest))]
[JsonSerializable(typeof(ReplyToCommentRequest))]
internal sealed partial class ReviewsJsonContext : JsonSerializerContext;
