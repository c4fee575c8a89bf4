using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>Reads an int-backed open enumeration from a number or a numeric string; writes the number.</summary>
/// <typeparam name="T">The enumeration type.</typeparam>
internal sealed class JdIntEnumConverter<T> : JsonConverter<T>
    where T : struct, IJdOpenEnumeration<T, int>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JdValues.IntEnum<T>(ref reader);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Value);
}
