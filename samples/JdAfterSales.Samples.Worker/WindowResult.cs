namespace JdAfterSales.Samples.Worker;

/// <summary>What one <c>sync.list</c> window held and what this worker did with it.</summary>
public sealed class WindowResult
{
    /// <summary>The window's start (the checkpoint less the overlap).</summary>
    public DateTimeOffset Begin { get; init; }

    /// <summary>The window's end.</summary>
    public DateTimeOffset End { get; init; }

    /// <summary>Service orders JD listed.</summary>
    public int Listed { get; init; }

    /// <summary>Handled by this worker now.</summary>
    public int Handled { get; set; }

    /// <summary>Already handled at this version (by any worker).</summary>
    public int Skipped { get; set; }

    /// <summary>Held by another worker, or failed: not done, so the checkpoint stays before them.</summary>
    public int NotDone { get; set; }

    /// <summary>Service orders JD was asked about.</summary>
    public int Looked { get; set; }

    /// <summary>Writes made.</summary>
    public int Writes { get; set; }

    /// <summary>Shutdown came before every item was reached.</summary>
    public bool Stopped { get; set; }

    /// <summary>Where the checkpoint was moved to (unless it was already later).</summary>
    public DateTimeOffset Checkpoint { get; set; }

    /// <summary>Every listed item is done and nothing was written: as far as this window goes, the shop is quiet.</summary>
    public bool IsQuiet => NotDone == 0 && Writes == 0 && !Stopped;
}
