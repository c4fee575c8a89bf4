namespace JdAfterSales.Logistics;

/// <summary>
/// Parcel traces, as one <see cref="WaybillTrace"/> shape whatever the carrier, with signed-for detection. Members are
/// virtual so a test can substitute them.
/// </summary>
public class LogisticsClient
{
    private readonly JdClient _client;

    /// <summary>For substitutes in tests: a sub-client whose members a test overrides.</summary>
    protected LogisticsClient() => _client = null!;

    internal LogisticsClient(JdClient client) => _client = client;

    /// <summary>Reads the trace of a JD Logistics waybill. Calls <c>jingdong.ldop.receive.trace.get</c>.</summary>
    /// <param name="request">The shop's JD Logistics merchant code and the waybill.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trace, oldest event first; no events when JD knows none yet.</returns>
    /// <exception cref="JdValidationException">A code is empty; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<WaybillTrace> GetWaybillTraceAsync(GetWaybillTraceRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Reads the third-party carrier traces of an order, one per waybill. Calls <c>jingdong.getThirdTrace</c>.</summary>
    /// <param name="request">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The traces, one per waybill of the order; empty when it has none.</returns>
    /// <exception cref="JdValidationException">The order id is not positive; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<IReadOnlyList<WaybillTrace>> GetThirdPartyTraceAsync(GetThirdPartyTraceRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);
}
