using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>
/// The non-nullable twin of <see cref="JdDateTimeOffsetConverter"/>: the same shapes, but an empty value is an error
/// because the model declares the time as always present.
/// </summary>
internal sealed class JdNonNullableDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    private static readonly JdDateTimeOffsetConverter Inner = new();

    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeof(DateTimeOffset?), options)
        ?? throw new JsonException("Expected a date-time, got an empty value.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}
