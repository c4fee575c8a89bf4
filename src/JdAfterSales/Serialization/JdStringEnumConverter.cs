using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>Reads a string-backed open enumeration (for example an order state code); writes the string.</summary>
/// <typeparam name="T">The enumeration type.</typeparam>
internal sealed class JdStringEnumConverter<T> : JsonConverter<T>
    where T : struct, IJdOpenEnumeration<T, string>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JdValues.StringEnum<T>(ref reader);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
