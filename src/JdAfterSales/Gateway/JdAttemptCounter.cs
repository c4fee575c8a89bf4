namespace JdAfterSales.Gateway;

/// <summary>Counts the attempts of one call, for logs, spans and tests.</summary>
internal sealed class JdAttemptCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
