using System.Text.Json;

namespace JdAfterSales.Serialization;

/// <summary>
/// The tolerant reading rules for one JSON value, as static methods: the converters registered with the contexts call
/// them, and so do the hand-written model converters (<see cref="JdModelConverter{T, TFields}"/>), so a field reads the same
/// whichever reads the model.
/// </summary>
internal static class JdValues
{
    /// <summary>A text field: a string, or a number's or a boolean's own text; <c>null</c> for a JSON null.</summary>
    public static string? String(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(
                reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            _ => throw new JsonException($"Expected a string, got {reader.TokenType}."),
        };

    /// <summary>A number that must be present: a JSON number, or a numeric string (<see cref="JdNumberReading"/>).</summary>
    public static T Number<T, TFormat>(ref Utf8JsonReader reader)
        where T : struct
        where TFormat : IJdNumberFormat<T> =>
        reader.TokenType == JsonTokenType.Number && TFormat.TryReadNumberToken(ref reader, out var value) ? value
        : JdNumberReading.TryGetNumericText(ref reader, out var text) ? TFormat.Parse(text)
        : throw new JsonException($"Expected a {typeof(T).Name} value, got an empty string.");

    /// <summary>An optional number: <c>null</c> and <c>""</c> read as <c>null</c>.</summary>
    public static T? NullableNumber<T, TFormat>(ref Utf8JsonReader reader)
        where T : struct
        where TFormat : IJdNumberFormat<T> =>
        reader.TokenType == JsonTokenType.Number && TFormat.TryReadNumberToken(ref reader, out var value) ? value
        : reader.TokenType == JsonTokenType.Null ? null
        : JdNumberReading.TryGetNumericText(ref reader, out var text) ? TFormat.Parse(text) : null;

    /// <summary>A 64-bit whole number that must be present.</summary>
    public static long Int64(ref Utf8JsonReader reader) => Number<long, JdInt64Format>(ref reader);

    /// <summary>An optional 64-bit whole number.</summary>
    public static long? NullableInt64(ref Utf8JsonReader reader) => NullableNumber<long, JdInt64Format>(ref reader);

    /// <summary>A 32-bit whole number that must be present.</summary>
    public static int Int32(ref Utf8JsonReader reader) => Number<int, JdInt32Format>(ref reader);

    /// <summary>An optional 32-bit whole number.</summary>
    public static int? NullableInt32(ref Utf8JsonReader reader) => NullableNumber<int, JdInt32Format>(ref reader);

    /// <summary>A decimal that must be present.</summary>
    public static decimal Decimal(ref Utf8JsonReader reader) => Number<decimal, JdDecimalFormat>(ref reader);

    /// <summary>An optional decimal.</summary>
    public static decimal? NullableDecimal(ref Utf8JsonReader reader) => NullableNumber<decimal, JdDecimalFormat>(ref reader);

    /// <summary>An optional time (<see cref="JdDateTimeOffsetConverter"/>'s shapes).</summary>
    public static DateTimeOffset? DateTime(ref Utf8JsonReader reader) => JdDateTimeOffsetConverter.ReadValue(ref reader);

    /// <summary>An int-backed open enumeration that must be present.</summary>
    public static T IntEnum<T>(ref Utf8JsonReader reader)
        where T : struct, IJdOpenEnumeration<T, int> =>
        reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? T.FromValue(value)
        : JdNumberReading.TryGetNumericText(ref reader, out var text)
            ? T.FromValue(JdNumberReading.ReadInt32(text))
            : throw new JsonException($"Expected a {typeof(T).Name} code, got an empty string.");

    /// <summary>An optional int-backed open enumeration: only a JSON null reads as <c>null</c>.</summary>
    public static T? NullableIntEnum<T>(ref Utf8JsonReader reader)
        where T : struct, IJdOpenEnumeration<T, int> =>
        reader.TokenType == JsonTokenType.Null ? null : IntEnum<T>(ref reader);

    /// <summary>A flag: <c>true</c>/<c>false</c> or <c>1</c>/<c>0</c>, bare or quoted; <c>null</c> and <c>""</c> read as <c>null</c>.</summary>
    public static bool? Boolean(ref Utf8JsonReader reader)
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

    /// <summary>A string-backed open enumeration that must be present (a number's text is taken as the string).</summary>
    public static T StringEnum<T>(ref Utf8JsonReader reader)
        where T : struct, IJdOpenEnumeration<T, string> =>
        reader.TokenType is JsonTokenType.String or JsonTokenType.Number
            ? T.FromValue(String(ref reader)!)
            : throw new JsonException($"Expected a {typeof(T).Name} as a string, got {reader.TokenType}.");

    /// <summary>An optional string-backed open enumeration: only a JSON null reads as <c>null</c>.</summary>
    public static T? NullableStringEnum<T>(ref Utf8JsonReader reader)
        where T : struct, IJdOpenEnumeration<T, string> =>
        reader.TokenType == JsonTokenType.Null ? null : StringEnum<T>(ref reader);

    /// <summary>
    /// <see cref="NullableStringEnum{T}(ref Utf8JsonReader)"/>, with the code's text shared through
    /// <paramref name="codes"/> (a handful of states repeated on every item).
    /// </summary>
    public static T? NullableStringEnum<T>(ref Utf8JsonReader reader, JdCodeNameCache codes)
        where T : struct, IJdOpenEnumeration<T, string> =>
        reader.TokenType is JsonTokenType.String or JsonTokenType.Number
            ? T.FromValue(codes.Read(ref reader)!)
            : NullableStringEnum<T>(ref reader);
}
