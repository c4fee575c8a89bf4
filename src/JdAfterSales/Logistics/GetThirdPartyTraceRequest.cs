using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Logistics;

/// <summary>
/// Parameters of <c>jingdong.getThirdTrace</c> (<see cref="JosMethods.GetThirdTrace"/>): the third-party carrier
/// traces of an order, one per waybill. JD files this method under its large-appliance supplier APIs, so an ordinary
/// POP shop may not be granted it (JD then answers a gateway error). Sent by
/// <see cref="LogisticsClient.GetThirdPartyTraceAsync"/>.
/// </summary>
public sealed record GetThirdPartyTraceRequest : JdRequest<IReadOnlyList<WaybillTrace>>
{
    private static readonly JdResponseContract<ThirdTracePayload, IReadOnlyList<WaybillTrace>> Contract = new(
        LogisticsJsonContext.Default.ThirdTracePayload,
        static (payload, request) =>
        {
            var result = payload.Result ?? throw JdMissingPayload.OfRead(request.Method, "result");
            return result.Waybills.Select(ToTrace).ToArray();
        });

    /// <summary>The order (<c>orderId</c>, sent as a string).</summary>
    [JsonIgnore]
    public required long OrderId { get; init; }

    [JsonInclude]
    [JsonPropertyName("orderId")]
    internal string OrderIdOnWire => OrderId.ToString(CultureInfo.InvariantCulture);

    internal override JdResponseContract<IReadOnlyList<WaybillTrace>> Response => Contract;

    private protected override string JosMethod => JosMethods.GetThirdTrace;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override JsonSerializerContext ParametersContext => LogisticsJsonContext.Default;

    internal override void Validate() => JdRequestRules.RequirePositive(OrderId, "orderId");

    private static WaybillTrace ToTrace(ThirdWaybill waybill) => new(
        waybill.ShipId ?? string.Empty,
        string.IsNullOrEmpty(waybill.CarrierName) ? null : waybill.CarrierName,
        waybill.Traces
            .Where(static detail => (detail.TraceDate ?? detail.ProcessDate) is not null)
            .Select(static detail => new WaybillTraceEvent
            {
                Time = (detail.TraceDate ?? detail.ProcessDate)!.Value,
                Title = detail.ScanType ?? string.Empty,
                Remark = detail.ProcessInfo,
                Operator = detail.Courier,
                CourierPhone = detail.CourierTel,
            }));
}
