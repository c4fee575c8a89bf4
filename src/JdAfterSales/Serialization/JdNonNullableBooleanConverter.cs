using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>The non-nullable twin of <see cref="JdBooleanConverter"/>: an empty value reads as <c>false</c>.</summary>
internal sealed class JdNonNullableBooleanConverter : JsonConverter<bool>
{
    private static readonly JdBooleanConverter Inner = new();

    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeof(bool?), options) ?? false;

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) =>
        writer.WriteBooleanValue(value);
}
