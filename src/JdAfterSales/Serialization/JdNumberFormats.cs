using System.Text.Json;

namespace JdAfterSales.Serialization;

/// <summary>How one numeric type is parsed from JD's text and written back.</summary>
/// <typeparam name="T">The numeric type.</typeparam>
internal interface IJdNumberFormat<T>
    where T : struct
{
    static abstract T Parse(ReadOnlySpan<byte> text);

    /// <summary>Reads a JSON number token in place when it has this type's plain form; false leaves it to <see cref="Parse"/>.</summary>
    static abstract bool TryReadNumberToken(ref Utf8JsonReader reader, out T value);

    static abstract void Write(Utf8JsonWriter writer, T value);
}

/// <summary>64-bit whole numbers: ids above 2^53 included, never through <see cref="double"/>.</summary>
internal readonly struct JdInt64Format : IJdNumberFormat<long>
{
    public static long Parse(ReadOnlySpan<byte> text) => JdNumberReading.ReadInt64(text);

    public static bool TryReadNumberToken(ref Utf8JsonReader reader, out long value) => reader.TryGetInt64(out value);

    public static void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);
}

/// <summary>32-bit whole numbers: codes, counts, page numbers.</summary>
internal readonly struct JdInt32Format : IJdNumberFormat<int>
{
    public static int Parse(ReadOnlySpan<byte> text) => JdNumberReading.ReadInt32(text);

    public static bool TryReadNumberToken(ref Utf8JsonReader reader, out int value) => reader.TryGetInt32(out value);

    public static void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
}

/// <summary>Money and other decimals: <c>299.00</c>, <c>"299.00"</c>, <c>89.9</c>.</summary>
internal readonly struct JdDecimalFormat : IJdNumberFormat<decimal>
{
    public static decimal Parse(ReadOnlySpan<byte> text) => JdNumberReading.ReadDecimal(text);

    // Plain money text has its own fast path in ReadDecimal, for numbers and strings alike.
    public static bool TryReadNumberToken(ref Utf8JsonReader reader, out decimal value)
    {
        value = default;
        return false;
    }

    public static void Write(Utf8JsonWriter writer, decimal value) => writer.WriteNumberValue(value);
}
