using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace JdAfterSales.Gateway;

/// <summary>
/// <c>application/x-www-form-urlencoded</c> encoding of UTF-8 bytes: letters, digits and <c>-._~</c> stay as
/// they are, a space becomes <c>+</c>, every other byte becomes <c>%XX</c> (uppercase).
/// </summary>
internal static class FormUrlEncoding
{
    /// <summary>
    /// Per input byte, its encoding as the low three bytes of a little-endian word and its length in the top byte.
    /// One load, one unaligned store and one add per byte, with no branch: business JSON with Chinese text is mostly
    /// bytes that need <c>%XX</c>, and mixes them with plain ones unpredictably.
    /// </summary>
    private static readonly uint[] Words = BuildWords();

    /// <summary>The most bytes <see cref="Encode"/> may touch for <paramref name="valueLength"/> input bytes.</summary>
    public static int GetMaxEncodedLength(int valueLength) => checked((3 * valueLength) + 1);

    /// <summary>
    /// Encodes <paramref name="value"/> into <paramref name="destination"/>, which must hold
    /// <see cref="GetMaxEncodedLength"/> bytes (the byte after the encoding may be overwritten); returns the
    /// encoded length.
    /// </summary>
    public static int Encode(ReadOnlySpan<byte> value, Span<byte> destination)
    {
        if (destination.Length < GetMaxEncodedLength(value.Length))
        {
            throw new ArgumentException("The destination is too short for the worst-case encoding.", nameof(destination));
        }

        if (!BitConverter.IsLittleEndian)
        {
            return EncodeScalar(value, destination);
        }

        ref var source = ref MemoryMarshal.GetReference(value);
        ref var target = ref MemoryMarshal.GetReference(destination);
        ref var words = ref MemoryMarshal.GetArrayDataReference(Words);
        nuint written = 0;
        for (nuint i = 0; i < (nuint)value.Length; i++)
        {
            // In bounds: written <= 3 * i, and the destination holds 3 * value.Length + 1 bytes.
            var word = Unsafe.Add(ref words, Unsafe.Add(ref source, i));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref target, written), word);
            written += word >> 24;
        }

        return (int)written;
    }

    private static int EncodeScalar(ReadOnlySpan<byte> value, Span<byte> destination)
    {
        ReadOnlySpan<byte> digits = "0123456789ABCDEF"u8;
        var written = 0;
        foreach (var b in value)
        {
            if (IsUnreserved(b))
            {
                destination[written++] = b;
            }
            else if (b == (byte)' ')
            {
                destination[written++] = (byte)'+';
            }
            else
            {
                destination[written] = (byte)'%';
                destination[written + 1] = digits[b >> 4];
                destination[written + 2] = digits[b & 0xF];
                written += 3;
            }
        }

        return written;
    }

    private static uint[] BuildWords()
    {
        ReadOnlySpan<byte> digits = "0123456789ABCDEF"u8;
        var words = new uint[256];
        for (var b = 0; b < 256; b++)
        {
            words[b] = IsUnreserved((byte)b) ? (1u << 24) | (uint)b
                : b == ' ' ? (1u << 24) | '+'
                : (3u << 24) | ((uint)digits[b & 0xF] << 16) | ((uint)digits[b >> 4] << 8) | '%';
        }

        return words;
    }

    private static bool IsUnreserved(byte b) =>
        (uint)((b | 0x20) - 'a') <= 'z' - 'a' || (uint)(b - '0') <= 9 || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';
}
