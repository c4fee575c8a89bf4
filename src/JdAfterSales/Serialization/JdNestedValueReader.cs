using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JdAfterSales.Serialization;

/// <summary>
/// Reads a nested value with its own converter, in place. <c>JsonSerializer.Deserialize(ref reader, …)</c> would
/// skip over the whole value first to find its end and then parse it again: called for every list item and every
/// wrapped object, that reads a page of service orders three times.
/// </summary>
/// <typeparam name="T">The nested value's model.</typeparam>
internal sealed class JdNestedValueReader<T>
{
    private Cached? _cached;

    /// <summary>Reads the value the reader is positioned on, leaving the reader on its last token.</summary>
    public T? Read(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        ConverterFor(options).Read(ref reader, typeof(T), options);

    private JsonConverter<T> ConverterFor(JsonSerializerOptions options)
    {
        // Converter instances are made per property, and a property belongs to one options instance in practice;
        // the check keeps a converter shared across options correct anyway.
        var cached = _cached;
        if (cached is not null && ReferenceEquals(cached.Options, options))
        {
            return cached.Converter;
        }

        var converter = (JsonConverter<T>)((JsonTypeInfo<T>)options.GetTypeInfo(typeof(T))).Converter;
        _cached = new Cached(options, converter);
        return converter;
    }

    // A reference, so a reader on another thread sees a whole pair or none.
    private sealed record Cached(JsonSerializerOptions Options, JsonConverter<T> Converter);
}
