using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Gateway;

/// <summary>Reads any payload as a detached <see cref="JsonElement"/>.</summary>
internal sealed class JdRawPayloadConverter : JsonConverter<JdRawPayload>
{
    public override JdRawPayload Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonElement.ParseValue(ref reader));

    public override void Write(Utf8JsonWriter writer, JdRawPayload value, JsonSerializerOptions options) =>
        value.Element.WriteTo(writer);
}
