using System.Text;
using System.Text.Json;

namespace JdAfterSales.Serialization;

/// <summary>
/// The JSON property names a hand-written model converter knows, matched exactly (case-sensitive, as the
/// source-generated contexts match them) against the name the reader is on, escaped names included.
/// </summary>
/// <remarks>
/// JD writes a model's fields in the same order every time, so the name after the one just matched is tried first:
/// a typical object matches every name at the first comparison, and each field JD leaves out costs one more. Any other
/// order, or a field JD adds, still matches, by a scan.
/// </remarks>
internal sealed class JdPropertyNames
{
    private readonly byte[][] _names;
    private readonly int _longestEscaped;

    /// <summary>Creates the table; a name's index is its position in <paramref name="names"/>.</summary>
    public JdPropertyNames(params string[] names)
    {
        _names = new byte[names.Length][];
        var longest = 0;
        for (var i = 0; i < names.Length; i++)
        {
            _names[i] = Encoding.UTF8.GetBytes(names[i]);
            longest = Math.Max(longest, _names[i].Length);
        }

        // \uXXXX is the longest escape of one byte: six characters.
        _longestEscaped = longest * 6;
    }

    /// <summary>
    /// The index of the property name the reader is on, or -1 when it is none of the known names.
    /// <paramref name="next"/> carries the expected position from one call to the next within one object; start it at 0.
    /// </summary>
    public int Find(ref Utf8JsonReader reader, ref int next)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return FindUnescaped(ref reader, ref next);
        }

        return Find(reader.ValueSpan, ref next);
    }

    private int Find(ReadOnlySpan<byte> name, ref int next)
    {
        // From the expected position on, then from the start: each field JD left out costs one comparison more.
        var names = _names;
        var start = (uint)next < (uint)names.Length ? next : 0;
        for (var i = start; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                next = i + 1;
                return i;
            }
        }

        for (var i = 0; i < start; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                next = i + 1;
                return i;
            }
        }

        return -1;
    }

    private int FindUnescaped(ref Utf8JsonReader reader, ref int next)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > _longestEscaped)
        {
            return -1;
        }

        Span<byte> unescaped = stackalloc byte[(int)length];
        var written = reader.CopyString(unescaped);
        return Find(unescaped[..written], ref next);
    }
}
