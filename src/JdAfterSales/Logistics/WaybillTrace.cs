namespace JdAfterSales.Logistics;

/// <summary>
/// A parcel's journey, events ordered oldest first, whichever carrier API it came from. "Signed for" is the first
/// event whose title is 签收 or whose title or remark says 已签收 or 签收人, and that does not say the parcel was
/// refused (拒收/拒签) or that signing failed (失败/未签收) — the automation completes returns on it.
/// </summary>
public sealed class WaybillTrace
{
    private static readonly string[] SignedMarkers = ["签收", "已签收", "签收人", "妥投"];
    private static readonly string[] NotSignedMarkers = ["拒收", "拒签", "失败", "未签收", "退回"];

    /// <summary>Creates a trace from events in any order.</summary>
    /// <param name="waybillCode">The waybill.</param>
    /// <param name="carrier">The carrier's name, when known.</param>
    /// <param name="events">The events.</param>
    public WaybillTrace(string waybillCode, string? carrier, IEnumerable<WaybillTraceEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        WaybillCode = waybillCode;
        Carrier = carrier;
        Events = events.OrderBy(static e => e.Time).ToArray();
        SignedForAt = Events.FirstOrDefault(IsSignedForEvent)?.Time;
    }

    /// <summary>The waybill code.</summary>
    public string WaybillCode { get; }

    /// <summary>The carrier's name, when the API says.</summary>
    public string? Carrier { get; }

    /// <summary>The events, oldest first.</summary>
    public IReadOnlyList<WaybillTraceEvent> Events { get; }

    /// <summary>The latest event, or <c>null</c> when the carrier has none yet.</summary>
    public WaybillTraceEvent? LatestEvent => Events.Count == 0 ? null : Events[^1];

    /// <summary>Whether the parcel was signed for.</summary>
    public bool IsSignedFor => SignedForAt is not null;

    /// <summary>When the parcel was signed for, or <c>null</c> when it has not been.</summary>
    public DateTimeOffset? SignedForAt { get; }

    /// <summary>Whether one event records the parcel being signed for (see the class remarks for the rule).</summary>
    /// <param name="traceEvent">The event.</param>
    /// <returns><c>true</c> for a signed-for event.</returns>
    public static bool IsSignedForEvent(WaybillTraceEvent traceEvent)
    {
        ArgumentNullException.ThrowIfNull(traceEvent);
        var text = traceEvent.Title + " " + traceEvent.Remark;
        return SignedMarkers.Any(marker => text.Contains(marker, StringComparison.Ordinal))
            && !NotSignedMarkers.Any(marker => text.Contains(marker, StringComparison.Ordinal));
    }
}
