using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>
/// Reads a number that JD sends as a JSON number or as a string (<c>"299.00"</c>, <c>"300000000001"</c>).
/// An empty string is an error: the model declares the value as always present.
/// </summary>
internal sealed class JdNumberConverter<T, TFormat> : JsonConverter<T>
    where T : struct
    where TFormat : IJdNumberFormat<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JdValues.Number<T, TFormat>(ref reader);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        TFormat.Write(writer, value);
}
