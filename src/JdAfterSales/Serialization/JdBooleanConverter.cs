using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>
/// Reads flags that JD sends as <c>true</c>/<c>false</c>, <c>"true"</c>/<c>"false"</c> or <c>1</c>/<c>0</c>
/// (as numbers or strings); <c>""</c> and <c>null</c> read as <c>null</c>.
/// </summary>
internal sealed class JdBooleanConverter : JsonConverter<bool?>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return reader.GetInt64() != 0;
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                if (text.Length == 0)
                {
                    return null;
                }

                if (text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (text is "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                // Never the value itself: a hostile answer may reflect a secret in any string.
                throw new JsonException("Expected a flag (true/false or 1/0, bare or quoted), got a string that is neither.");
            default:
                throw new JsonException($"Expected a flag (true/false or 1/0, bare or quoted), got a JSON {reader.TokenType}.");
        }
    }

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
