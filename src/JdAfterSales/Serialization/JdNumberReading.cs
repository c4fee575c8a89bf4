using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace JdAfterSales.Serialization;

/// <summary>Shared reading rules for numbers that JD sends as JSON numbers, as strings, or as <c>""</c>.</summary>
internal static class JdNumberReading
{
    /// <summary>
    /// Returns the raw UTF-8 text of a number token or of a string token, trimmed, and whether it is non-empty.
    /// Escaped or segmented values (rare for numbers) are copied; the usual case reads the token in place.
    /// </summary>
    public static bool TryGetNumericText(ref Utf8JsonReader reader, out ReadOnlySpan<byte> text)
    {
        if (reader.TokenType is not JsonTokenType.Number and not JsonTokenType.String)
        {
            throw new JsonException($"Expected a number or a numeric string, got {reader.TokenType}.");
        }

        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxLength)
        {
            throw new JsonException("Numeric value is too long.");
        }

        if (reader.HasValueSequence)
        {
            text = reader.ValueSequence.ToArray();
        }
        else if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
        {
            text = System.Text.Encoding.UTF8.GetBytes(reader.GetString()!);
        }
        else
        {
            text = reader.ValueSpan;
        }

        text = text.Trim((byte)' ');
        return !text.IsEmpty;
    }

    /// <summary>The longest text accepted as a number; anything longer is not a value JD sends.</summary>
    private const int MaxLength = 128;

    public static long ReadInt64(ReadOnlySpan<byte> text)
    {
        if (Utf8Parser.TryParse(text, out long value, out var consumed) && consumed == text.Length)
        {
            return value;
        }

        // JD sometimes writes integral ids as "123.0"; accept an integral decimal, refuse a real fraction.
        if (Utf8Parser.TryParse(text, out decimal asDecimal, out consumed) && consumed == text.Length
            && decimal.Truncate(asDecimal) == asDecimal && asDecimal is >= long.MinValue and <= long.MaxValue)
        {
            return (long)asDecimal;
        }

        throw new JsonException($"Expected a whole number that fits in 64 bits, got {Describe(text)}.");
    }

    public static int ReadInt32(ReadOnlySpan<byte> text)
    {
        var value = ReadInt64(text);
        return value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : throw new JsonException($"Expected a whole number that fits in 32 bits, got {Describe(text)}.");
    }

    public static decimal ReadDecimal(ReadOnlySpan<byte> text)
    {
        if (TryReadPlainDecimal(text, out var plain))
        {
            return plain;
        }

        if (Utf8Parser.TryParse(text, out decimal value, out var consumed) && consumed == text.Length)
        {
            return value;
        }

        // Exponent forms ("1E-2") are valid JSON numbers that Utf8Parser's default format does not take.
        if (Utf8Parser.TryParse(text, out value, out consumed, 'E') && consumed == text.Length)
        {
            return value;
        }

        throw new JsonException($"Expected a decimal number, got {Describe(text)}.");
    }

    /// <summary>
    /// The form JD writes money in (<c>299.00</c>, <c>-5</c>, <c>89.9</c>: an optional minus, digits, an optional
    /// point and digits; 18 digits at most), read without the general parser, to the same value and scale as
    /// <see cref="Utf8Parser"/>. Anything else (exponents, a leading plus or point, negative zero) is left to it.
    /// </summary>
    internal static bool TryReadPlainDecimal(ReadOnlySpan<byte> text, out decimal value)
    {
        value = default;
        var negative = !text.IsEmpty && text[0] == (byte)'-';
        var digits = negative ? text[1..] : text;
        ulong mantissa = 0;
        var count = 0;
        var scale = -1;
        foreach (var b in digits)
        {
            if (b == (byte)'.' && scale < 0 && count > 0)
            {
                scale = 0;
                continue;
            }

            var digit = (uint)(b - (byte)'0');
            if (digit > 9 || ++count > 18)
            {
                return false;
            }

            mantissa = (mantissa * 10) + digit;
            if (scale >= 0)
            {
                scale++;
            }
        }

        if (count == 0 || scale == 0 || (negative && mantissa == 0))
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>
    /// What a rejected value looks like, for an error message, without the value itself: a hostile answer may
    /// reflect a secret in any field, and error messages end up in logs.
    /// </summary>
    public static string Describe(ReadOnlySpan<byte> text)
    {
        var digitsOnly = true;
        foreach (var b in text)
        {
            if (b is (< (byte)'0' or > (byte)'9') and not (byte)'-' and not (byte)'+')
            {
                digitsOnly = false;
                break;
            }
        }

        var length = text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return digitsOnly ? $"an integer {length} characters long, out of range" : $"{length} characters that are not such a number";
    }
}
