namespace JdAfterSales.Automation;

/// <summary>A reason customers gave and how many service orders gave it.</summary>
public sealed record ReasonCount
{
    /// <summary>Creates the count.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="count">How many service orders.</param>
    public ReasonCount(string reason, int count)
    {
        ArgumentNullException.ThrowIfNull(reason);
        Reason = reason;
        Count = count;
    }

    /// <summary>The second-level question type name, else the first-level one, else <c>(none)</c>.</summary>
    public string Reason { get; }

    /// <summary>How many service orders.</summary>
    public int Count { get; }
}
