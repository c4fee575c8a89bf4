using System.Buffers;

namespace JdAfterSales.Gateway;

/// <summary>
/// Bytes rented from <see cref="ArrayPool{T}.Shared"/>; dispose exactly once to return them. The bytes are cleared
/// first: the pool is shared with the whole process, and a form body carries the access token and the sign.
/// </summary>
internal readonly struct PooledBytes(byte[] array, int length) : IDisposable
{
    public byte[] Array { get; } = array;

    public int Length { get; } = length;

    public ReadOnlySpan<byte> Span => Array.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => Array.AsMemory(0, Length);

    public void Dispose() => ClearAndReturn(Array, Length);

    /// <summary>
    /// Clears the first <paramref name="used"/> bytes and returns the array to the shared pool. Every pooled buffer the
    /// client fills goes back this way: only the used part is cleared, since a rented array is often larger than asked
    /// and clearing the rest would cost time for nothing.
    /// </summary>
    public static void ClearAndReturn(byte[] array, int used)
    {
        array.AsSpan(0, Math.Min(used, array.Length)).Clear();
        ArrayPool<byte>.Shared.Return(array);
    }
}
