using System.Text.Json;

namespace JdAfterSales.Serialization;

/// <summary>The fields of one hand-read model: their names, a new model, and how each is read.</summary>
/// <typeparam name="T">The model.</typeparam>
internal interface IJdModelFields<T>
    where T : class
{
    /// <summary>The fields' JSON names, in the order JD writes them; a field's number is its position.</summary>
    static abstract JdPropertyNames Names { get; }

    /// <summary>A new, empty model, with the defaults its declaration gives (empty lists).</summary>
    static abstract T Create();

    /// <summary>Reads the value the reader is on into field number <paramref name="field"/> of <paramref name="model"/>.</summary>
    static abstract void Read(ref Utf8JsonReader reader, T model, int field, JsonSerializerOptions options);
}
