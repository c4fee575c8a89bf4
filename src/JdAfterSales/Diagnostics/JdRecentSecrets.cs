namespace JdAfterSales.Diagnostics;

/// <summary>
/// Secrets learned while the client runs (access tokens as they are used, the sign of every attempt), bounded: the
/// <see cref="Capacity"/> most recently used are kept and the least recently used is forgotten first. A token in use
/// is touched on every call, so a stream of one-off signs never pushes it out. Thread-safe; the lock is held only for
/// a dictionary lookup and a list move.
/// </summary>
internal sealed class JdRecentSecrets(int capacity)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<string>> _nodes = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _byRecency = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    public void Remember(string secret)
    {
        lock (_gate)
        {
            if (_nodes.TryGetValue(secret, out var node))
            {
                _byRecency.Remove(node);
                _byRecency.AddFirst(node);
                return;
            }

            _nodes.Add(secret, _byRecency.AddFirst(secret));
            if (_nodes.Count > Capacity)
            {
                var oldest = _byRecency.Last!;
                _byRecency.RemoveLast();
                _nodes.Remove(oldest.Value);
            }
        }
    }

    public string[] Snapshot()
    {
        lock (_gate)
        {
            var secrets = new string[_nodes.Count];
            _byRecency.CopyTo(secrets, 0);
            return secrets;
        }
    }
}
