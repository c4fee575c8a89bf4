namespace JdAfterSales.Logistics;

/// <summary>Parcel traces: JD Logistics waybills and third-party carriers, as one <see cref="WaybillTrace"/> model.</summary>
public sealed class LogisticsClient
{
    private readonly JdClient _client;

    internal LogisticsClient(JdClient client) => _client = client;

    /// <summary>Reads the trace of a JD Logistics waybill. Calls <c>jingdong.ldop.receive.trace.get</c>.</summary>
    /// <param name="waybillCode">The waybill, for example a return parcel's <c>expressCode</c>.</param>
    /// <param name="customerCode">The shop's JD Logistics merchant code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trace, events oldest first, with whether and when it was signed for.</returns>
    /// <exception cref="JdValidationException">A code is empty; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed, or JD Logistics answered with a code other than 100.</exception>
    public async Task<WaybillTrace> GetWaybillTraceAsync(string waybillCode, string customerCode, CancellationToken cancellationToken = default)
    {
        var request = new GetWaybillTraceRequest { WaybillCode = waybillCode, CustomerCode = customerCode };
        var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var events = response.Result!.Data
            .Where(static node => node.Time is not null)
            .Select(static node => new WaybillTraceEvent
            {
                Time = node.Time!.Value,
                Title = node.Title ?? string.Empty,
                Remark = node.Remark,
                Operator = node.Courier ?? node.OperatorName,
                CourierPhone = node.CourierTel,
            });
        return new WaybillTrace(waybillCode, "京东物流", events);
    }

    /// <summary>Reads the third-party carrier trace of an order's parcel. Calls <c>jingdong.getThirdTrace</c>.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The trace, events oldest first, with whether and when it was signed for.</returns>
    /// <exception cref="JdValidationException">The order id is not positive; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed, or JD reported no trace for the order.</exception>
    public async Task<WaybillTrace> GetThirdPartyTraceAsync(long orderId, CancellationToken cancellationToken = default)
    {
        var response = await _client.SendAsync(new GetThirdPartyTraceRequest { OrderId = orderId }, cancellationToken).ConfigureAwait(false);
        var data = response.Result?.Data;
        var events = (data?.Traces ?? [])
            .Where(static node => node.Time is not null)
            .Select(static node => new WaybillTraceEvent
            {
                Time = node.Time!.Value,
                Title = node.Title ?? string.Empty,
                Remark = node.Remark,
                Operator = node.OperatorName,
            });
        return new WaybillTrace(data?.WaybillCode ?? string.Empty, string.IsNullOrEmpty(data?.CarrierName) ? null : data.CarrierName, events);
    }
}
