using System.Buffers.Binary;
using System.Text.Json;

namespace JdAfterSales.Serialization;

/// <summary>
/// The strings of one field that holds a code or JD's name of one (<c>serviceStatusName</c>, <c>orderState</c>, the
/// shop's <c>venderId</c>…): a handful of values repeated on every item of every page, so the last string read into
/// each of a few slots is kept and handed out again when the same bytes come back, instead of being decoded and
/// allocated anew.
/// </summary>
/// <remarks>
/// Bounded: <see cref="SlotCount"/> entries of at most <see cref="MaxLength"/> bytes. A value that collides with
/// another only costs a decode; readers on other threads see a whole entry or the one before. Only codes and their
/// names use it: free text (customer names, remarks, addresses) is never kept.
/// </remarks>
internal sealed class JdCodeNameCache
{
    /// <summary>The longest value kept, in UTF-8 bytes (ten Chinese characters).</summary>
    public const int MaxLength = 30;

    /// <summary>The number of values kept at once.</summary>
    public const int SlotCount = 16;

    private readonly Entry?[] _slots = new Entry?[SlotCount];

    /// <summary>Reads the field with <see cref="JdValues.String"/>'s rules, sharing the string of a value seen before.</summary>
    public string? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped
            || reader.ValueSpan.Length > MaxLength)
        {
            return JdValues.String(ref reader);
        }

        var utf8 = reader.ValueSpan;
        ref var slot = ref _slots[SlotOf(utf8)];
        var entry = Volatile.Read(ref slot);
        if (entry is not null && utf8.SequenceEqual(entry.Utf8))
        {
            return entry.Text;
        }

        var text = reader.GetString()!;
        Volatile.Write(ref slot, new Entry(utf8.ToArray(), text));
        return text;
    }

    private static int SlotOf(ReadOnlySpan<byte> utf8)
    {
        // The tail tells JD's names apart (a Chinese character is three bytes, a code name two to six characters).
        var tail = utf8.Length >= sizeof(uint)
            ? BinaryPrimitives.ReadUInt32LittleEndian(utf8[^sizeof(uint)..])
            : utf8.Length == 0 ? 0u : (uint)utf8[^1] | ((uint)utf8[0] << 8);
        return (int)(((tail ^ (uint)utf8.Length) * 0x9E3779B1u) >> 28);
    }

    private sealed record Entry(byte[] Utf8, string Text);
}
