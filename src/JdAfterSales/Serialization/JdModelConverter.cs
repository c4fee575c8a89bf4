using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Serialization;

/// <summary>
/// A hand-written reader of one of the hottest response models (a list's items, read thousands of times a walk):
/// one pass over the object, each known field read with the same rule (<see cref="JdValues"/>) that the
/// source-generated metadata applies, unknown fields skipped. Registered with an area's context, so the
/// source-generated metadata of the model stays in the assembly and a test compares the two on every fixture.
/// Why by hand, and what holds the readers to the generated metadata: <c>docs/design.md</c> §5.
/// </summary>
/// <typeparam name="T">The model.</typeparam>
/// <typeparam name="TFields">
/// The model's fields: a struct, so that this reader is compiled for each model and reads every field by a direct call.
/// </typeparam>
internal abstract class JdModelConverter<T, TFields> : JsonConverter<T>
    where T : class
    where TFields : struct, IJdModelFields<T>
{
    /// <inheritdoc />
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object for {typeof(T).Name}, got {reader.TokenType}.");
        }

        var model = TFields.Create();
        var names = TFields.Names;
        var next = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = names.Find(ref reader, ref next);
            reader.Read();
            if (field < 0)
            {
                reader.Skip();
            }
            else
            {
                TFields.Read(ref reader, model, field, options);
            }
        }

        return model;
    }

    /// <summary>Never called: the library reads these models and never writes them through its contexts.</summary>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        throw new NotSupportedException($"{typeof(T).Name} is a response model: the library reads it and never writes it. Serialize it with your own JsonSerializerOptions.");
}
