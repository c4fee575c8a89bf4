using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Gateway;

/// <summary>
/// Reads any payload as a detached <see cref="JsonElement"/>, after checking that every string and property name in
/// it is readable text. <see cref="JsonElement"/> does not check that when it parses, and its
/// <see cref="JsonElement.GetString"/> throws <see cref="InvalidOperationException"/> later for invalid UTF-8 or an
/// escaped lone surrogate: in the business-outcome check, or in the caller's own code long after the call returned.
/// Refusing such a payload here makes it a <see cref="JsonException"/>, so the envelope reader reports a
/// <see cref="JdContractException"/>.
/// </summary>
internal sealed class JdRawPayloadConverter : JsonConverter<JdRawPayload>
{
    public override JdRawPayload Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // A copy walks the value; a converter always gets its whole value buffered, so the copy never runs dry.
        EnsureReadableText(reader);
        return new(JsonElement.ParseValue(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, JdRawPayload value, JsonSerializerOptions options) =>
        value.Element.WriteTo(writer);

    private static void EnsureReadableText(Utf8JsonReader reader)
    {
        if (reader.TokenType is not JsonTokenType.StartObject and not JsonTokenType.StartArray)
        {
            EnsureReadableToken(ref reader);
            return;
        }

        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String or JsonTokenType.PropertyName:
                    EnsureReadableToken(ref reader);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray when reader.CurrentDepth == depth:
                    return;
            }
        }
    }

    private static void EnsureReadableToken(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not JsonTokenType.String and not JsonTokenType.PropertyName)
        {
            return;
        }

        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            if (!System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
            {
                throw Unreadable(reader.TokenType);
            }

            return;
        }

        try
        {
            _ = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            throw Unreadable(reader.TokenType);
        }
    }

    private static JsonException Unreadable(JsonTokenType tokenType) =>
        new(tokenType == JsonTokenType.PropertyName
            ? "Expected a property name in valid UTF-8, got invalid UTF-8 or an escaped lone surrogate."
            : "Expected a string in valid UTF-8, got invalid UTF-8 or an escaped lone surrogate.");
}
