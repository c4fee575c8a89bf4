using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>
/// Reads an optional number that JD sends as a JSON number, as a string, as <c>""</c> or as <c>null</c>;
/// the last two read as <c>null</c>.
/// </summary>
internal sealed class JdNullableNumberConverter<T, TFormat> : JsonConverter<T?>
    where T : struct
    where TFormat : IJdNumberFormat<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JdValues.NullableNumber<T, TFormat>(ref reader);

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } present)
        {
            TFormat.Write(writer, present);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
