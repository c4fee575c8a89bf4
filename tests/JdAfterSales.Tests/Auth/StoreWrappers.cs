using JdAfterSales.Auth;

namespace JdAfterSales.Tests.Auth;

/// <summary>
/// A store that offers nothing but <see cref="IJdTokenStore"/>, as an <c>IDistributedCache</c>-backed one: the
/// provider can only re-read it, never hold a refresh lease.
/// </summary>
internal sealed class UncoordinatedStore(IJdTokenStore inner) : IJdTokenStore
{
    public ValueTask<JdTokenSet?> GetAsync(string shopId, CancellationToken cancellationToken) => inner.GetAsync(shopId, cancellationToken);

    public ValueTask SetAsync(string shopId, JdTokenSet tokens, CancellationToken cancellationToken) => inner.SetAsync(shopId, tokens, cancellationToken);

    public ValueTask RemoveAsync(string shopId, CancellationToken cancellationToken) => inner.RemoveAsync(shopId, cancellationToken);
}

/// <summary>A store whose writes wait for a gate: an instance that got JD's answer but has not stored it yet.</summary>
internal sealed class SlowWriteStore(IJdTokenStore inner, Task gate) : IJdTokenStore
{
    public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ValueTask<JdTokenSet?> GetAsync(string shopId, CancellationToken cancellationToken) => inner.GetAsync(shopId, cancellationToken);

    public async ValueTask SetAsync(string shopId, JdTokenSet tokens, CancellationToken cancellationToken)
    {
        WriteStarted.TrySetResult();
        await gate;
        await inner.SetAsync(shopId, tokens, cancellationToken);
    }

    public ValueTask RemoveAsync(string shopId, CancellationToken cancellationToken) => inner.RemoveAsync(shopId, cancellationToken);
}

/// <summary>A store that tells when its Nth read has been answered.</summary>
internal sealed class ReadCountingStore(IJdTokenStore inner) : IJdTokenStore
{
    private readonly Dictionary<int, TaskCompletionSource> _reads = [];
    private int _count;

    public Task Read(int number)
    {
        lock (_reads)
        {
            return Slot(number).Task;
        }
    }

    public async ValueTask<JdTokenSet?> GetAsync(string shopId, CancellationToken cancellationToken)
    {
        var tokens = await inner.GetAsync(shopId, cancellationToken);
        lock (_reads)
        {
            Slot(++_count).TrySetResult();
        }

        return tokens;
    }

    public ValueTask SetAsync(string shopId, JdTokenSet tokens, CancellationToken cancellationToken) => inner.SetAsync(shopId, tokens, cancellationToken);

    public ValueTask RemoveAsync(string shopId, CancellationToken cancellationToken) => inner.RemoveAsync(shopId, cancellationToken);

    private TaskCompletionSource Slot(int number)
    {
        if (!_reads.TryGetValue(number, out var slot))
        {
            slot = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _reads[number] = slot;
        }

        return slot;
    }
}
