using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>
/// Reads flags that JD sends as <c>true</c>/<c>false</c>, <c>"true"</c>/<c>"false"</c> or <c>1</c>/<c>0</c>
/// (as numbers or strings); <c>""</c> and <c>null</c> read as <c>null</c>.
/// </summary>
internal sealed class JdBooleanConverter : JsonConverter<bool?>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JdValues.Boolean(ref reader);

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
