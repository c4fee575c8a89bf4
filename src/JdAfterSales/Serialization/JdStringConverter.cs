using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>
/// Reads a text field that JD sends as a string in one API and as a number or a boolean in another
/// (<c>"orderId":"300000000001"</c> vs <c>"orderId":300000000001</c>): the token's own text is kept, so large
/// numbers never pass through <see cref="double"/>.
/// </summary>
internal sealed class JdStringConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JdValues.String(ref reader);

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
