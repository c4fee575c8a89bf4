namespace JdAfterSales.Logistics;

/// <summary>
/// The trace of one parcel, from JD Logistics (<c>jingdong.ldop.receive.trace.get</c>) or a third-party carrier
/// (<c>jingdong.getThirdTrace</c>), with its nodes ordered by time.
/// </summary>
public sealed class WaybillTrace
{
    /// <summary>Creates a trace; the events are ordered by time (events without a time last, in JD's order).</summary>
    /// <param name="waybillCode">The waybill, when known.</param>
    /// <param name="events">The nodes, in any order.</param>
    /// <param name="orderId">The order, when known.</param>
    /// <param name="carrierName">The carrier, when known.</param>
    public WaybillTrace(string? waybillCode, IEnumerable<TraceEvent> events, long? orderId = null, string? carrierName = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        WaybillCode = waybillCode;
        OrderId = orderId;
        CarrierName = carrierName;
        Events = events
            .Select(static (e, index) => (e, index))
            .OrderBy(static x => x.e.Time.HasValue ? 0 : 1)
            .ThenBy(static x => x.e.Time)
            .ThenBy(static x => x.index)
            .Select(static x => x.e)
            .ToArray();
        SignedForAt = Events.FirstOrDefault(static e => e.IsSignedFor && e.Time.HasValue)?.Time;
        IsSignedFor = Events.Any(static e => e.IsSignedFor);
    }

    /// <summary>The waybill, when known.</summary>
    public string? WaybillCode { get; }

    /// <summary>The order, when known (third-party traces).</summary>
    public long? OrderId { get; }

    /// <summary>The carrier's name, when known (third-party traces).</summary>
    public string? CarrierName { get; }

    /// <summary>The nodes, oldest first.</summary>
    public IReadOnlyList<TraceEvent> Events { get; }

    /// <summary>
    /// Whether any node records the parcel being signed for (see <see cref="TraceEvent.IsSignedFor"/>: title 签收,
    /// or a remark with 已签收 or 签收人, and not a refusal).
    /// </summary>
    public bool IsSignedFor { get; }

    /// <summary>The time of the earliest signed-for node, or <c>null</c> when none has a time.</summary>
    public DateTimeOffset? SignedForAt { get; }
}
