using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>Reads an int-backed open enumeration from a number or a numeric string; writes the number.</summary>
/// <typeparam name="T">The enumeration type.</typeparam>
internal sealed class JdIntEnumConverter<T> : JsonConverter<T>
    where T : struct, IJdOpenEnumeration<T, int>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JdNumberReading.TryGetNumericText(ref reader, out var text)
            ? T.FromValue(JdNumberReading.ReadInt32(text))
            : throw new JsonException($"Expected a {typeof(T).Name} code, got an empty string.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}
