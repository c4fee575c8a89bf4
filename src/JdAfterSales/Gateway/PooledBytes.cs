using System.Buffers;

namespace JdAfterSales.Gateway;

/// <summary>Bytes rented from <see cref="ArrayPool{T}.Shared"/>; dispose exactly once to return them.</summary>
internal readonly struct PooledBytes(byte[] array, int length) : IDisposable
{
    public byte[] Array { get; } = array;

    public int Length { get; } = length;

    public ReadOnlySpan<byte> Span => Array.AsSpan(0, Length);

    public ReadOnlyMemory<byte> Memory => Array.AsMemory(0, Length);

    public void Dispose() => ArrayPool<byte>.Shared.Return(Array);
}
