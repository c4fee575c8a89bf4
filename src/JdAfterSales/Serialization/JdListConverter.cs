using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JdAfterSales.Serialization;

/// <summary>
/// Applied to a list property: reads an array, a single object where JD sends one item bare, and <c>""</c> or
/// <c>null</c> as an empty list, so callers never test a list for <c>null</c>.
/// </summary>
/// <typeparam name="T">The item's model.</typeparam>
internal sealed class JdListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    private readonly JdNestedValueReader<T> _items = new();

    public override bool HandleNull => true;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return [];
            case JsonTokenType.String when reader.GetString()!.Trim().Length == 0:
                return [];
            case JsonTokenType.StartArray:
                var items = new List<T>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    // JD sends [null] items now and then; an item that is not there is left out, never a null element.
                    if (reader.TokenType != JsonTokenType.Null && _items.Read(ref reader, options) is { } item)
                    {
                        items.Add(item);
                    }
                }

                return items;
            default:
                return [_items.Read(ref reader, options)!];
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, itemInfo);
        }

        writer.WriteEndArray();
    }
}
