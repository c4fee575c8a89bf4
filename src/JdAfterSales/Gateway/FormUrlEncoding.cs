namespace JdAfterSales.Gateway;

/// <summary>
/// <c>application/x-www-form-urlencoded</c> encoding of UTF-8 bytes: letters, digits and <c>-._~</c> stay as
/// they are, a space becomes <c>+</c>, every other byte becomes <c>%XX</c> (uppercase).
/// </summary>
internal static class FormUrlEncoding
{
    public static int GetEncodedLength(ReadOnlySpan<byte> value)
    {
        var length = value.Length;
        foreach (var b in value)
        {
            if (!IsUnreserved(b) && b != (byte)' ')
            {
                length += 2;
            }
        }

        return length;
    }

    public static int Encode(ReadOnlySpan<byte> value, Span<byte> destination)
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

    private static bool IsUnreserved(byte b) =>
        (uint)((b | 0x20) - 'a') <= 'z' - 'a' || (uint)(b - '0') <= 9 || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';
}
