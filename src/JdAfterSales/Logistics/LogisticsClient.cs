namespace JdAfterSales.Logistics;

/// <summary>
/// Parcel traces: JD Logistics waybills and third-party carriers. Every method takes optional
/// <see cref="JdCallOptions"/> naming the shop whose access token the call uses.
/// </summary>
public sealed class LogisticsClient
{
    private readonly JdClient _client;

    internal LogisticsClient(JdClient client) => _client = client;

    /// <summary>Reads the trace of a JD Logistics waybill. Calls <c>jingdong.ldop.receive.trace.get</c>.</summary>
    /// <param name="customerCode">The shop's JD Logistics customer code (<c>customerCode</c>).</param>
    /// <param name="waybillCode">The waybill (<c>waybillCode</c>).</param>
    /// <param name="callOptions">Per-call settings such as the shop; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trace, nodes ordered by time, with <see cref="WaybillTrace.IsSignedFor"/>.</returns>
    /// <exception cref="JdValidationException">A code is blank; nothing was sent.</exception>
    /// <exception cref="JdBusinessException">JD Logistics answered with a code other than 100; carries the code and JD's message.</exception>
    public async Task<WaybillTrace> GetWaybillTraceAsync(string customerCode, string waybillCode, JdCallOptions? callOptions = null, CancellationToken cancellationToken = default)
    {
        RequireText(customerCode, "customerCode");
        RequireText(waybillCode, "waybillCode");
        var payload = await _client.SendAsync(new WaybillTraceRequest(customerCode, waybillCode), callOptions, cancellationToken).ConfigureAwait(false);
        return new WaybillTrace(waybillCode, payload.Result!.Events);
    }

    /// <summary>Reads the trace of an order shipped with a third-party carrier. Calls <c>jingdong.getThirdTrace</c>.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="callOptions">Per-call settings such as the shop; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trace, nodes ordered by time, with <see cref="WaybillTrace.IsSignedFor"/>.</returns>
    /// <exception cref="JdValidationException">The id is not positive; nothing was sent.</exception>
    /// <exception cref="JdBusinessException">JD answered <c>success: false</c>.</exception>
    public async Task<WaybillTrace> GetThirdPartyTraceAsync(long orderId, JdCallOptions? callOptions = null, CancellationToken cancellationToken = default)
    {
        if (orderId <= 0)
        {
            throw new JdValidationException("orderId", "must be a positive order id.");
        }

        var payload = await _client.SendAsync(new ThirdPartyTraceRequest(orderId), callOptions, cancellationToken).ConfigureAwait(false);
        var data = payload.Result!.Data;
        return new WaybillTrace(data?.WaybillCode, data?.Traces ?? [], data?.OrderId ?? orderId, data?.CarrierName);
    }

    private static void RequireText(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new JdValidationException(field, "is required and must not be blank.");
        }
    }
}
