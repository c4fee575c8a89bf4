namespace JdAfterSales.Logistics;

/// <summary>One step of a parcel's journey.</summary>
public sealed class WaybillTraceEvent
{
    /// <summary>When it happened, Beijing time.</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The step's title, for example 揽收 (picked up) or 签收 (signed for).</summary>
    public required string Title { get; init; }

    /// <summary>The carrier's description of the step.</summary>
    public string? Remark { get; init; }

    /// <summary>Who handled the step (courier or site), when the carrier says.</summary>
    public string? Operator { get; init; }

    /// <summary>The courier's phone as the carrier sends it (usually masked).</summary>
    public string? CourierPhone { get; init; }
}
