using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Logistics;

/// <summary>
/// Parameters of <c>jingdong.ldop.receive.trace.get</c> (<see cref="JosMethods.LdopReceiveTraceGet"/>): the trace of a
/// JD Logistics waybill. Sent by <see cref="LogisticsClient.GetWaybillTraceAsync"/>.
/// </summary>
public sealed record GetWaybillTraceRequest : JdRequest<WaybillTrace>
{
    private const string JdLogistics = "京东物流";

    private static readonly JdResponseContract<LdopTracePayload, WaybillTrace> Contract = new(
        LogisticsJsonContext.Default.LdopTracePayload,
        static (payload, request) =>
        {
            var result = payload.Result ?? throw JdMissingPayload.OfRead(request.Method, "querytrace_result");
            var events = result.Data
                .Where(static node => node.Time is not null)
                .Select(static node => new WaybillTraceEvent
                {
                    Time = node.Time!.Value,
                    Title = node.Title ?? string.Empty,
                    Remark = node.Remark,
                    Operator = node.Courier ?? node.OperatorName,
                    CourierPhone = node.CourierTel,
                });
            return new WaybillTrace(((GetWaybillTraceRequest)request).WaybillCode, JdLogistics, events);
        });

    /// <summary>The shop's JD Logistics merchant code (<c>customerCode</c>).</summary>
    [JsonPropertyName("customerCode")]
    public required string CustomerCode { get; init; }

    /// <summary>The waybill (<c>waybillCode</c>).</summary>
    [JsonPropertyName("waybillCode")]
    public required string WaybillCode { get; init; }

    internal override JdResponseContract<WaybillTrace> Response => Contract;

    private protected override string JosMethod => JosMethods.LdopReceiveTraceGet;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override JsonSerializerContext ParametersContext => LogisticsJsonContext.Default;

    internal override void Validate()
    {
        JdRequestRules.RequireText(CustomerCode, "customerCode", "the shop's JD Logistics merchant code");
        JdRequestRules.RequireText(WaybillCode, "waybillCode", "the waybill");
    }
}
