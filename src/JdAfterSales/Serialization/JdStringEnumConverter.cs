using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>Reads a string-backed open enumeration (for example an order state code); writes the string.</summary>
/// <typeparam name="T">The enumeration type.</typeparam>
internal sealed class JdStringEnumConverter<T> : JsonConverter<T>
    where T : struct, IJdOpenEnumeration<T, string>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => T.FromValue(reader.GetString()!),
            JsonTokenType.Number => T.FromValue(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
            _ => throw new JsonException($"Expected a {typeof(T).Name} as a string, got {reader.TokenType}."),
        };

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
