using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JdAfterSales.Serialization;

/// <summary>
/// Applied to a property whose value is an object that JD sometimes replaces with <c>""</c> when it has none:
/// <c>""</c> and <c>null</c> read as <c>null</c>, an object reads as <typeparamref name="T"/>.
/// </summary>
/// <typeparam name="T">The object's model.</typeparam>
internal sealed class JdObjectConverter<T> : JsonConverter<T?>
    where T : class
{
    private readonly JdNestedValueReader<T> _value = new();

    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String when reader.ValueSpan.IsEmpty || reader.GetString()!.Trim().Length == 0:
                return null;
            case JsonTokenType.StartObject:
                return _value.Read(ref reader, options);
            default:
                throw new JsonException($"Expected an object for {typeof(T).Name}, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        JsonSerializer.Serialize(writer, value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }
}
