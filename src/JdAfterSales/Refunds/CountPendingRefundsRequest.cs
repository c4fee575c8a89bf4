using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Refunds;

/// <summary>
/// Parameters of <c>jingdong.pop.afs.soa.refundapply.getWaitRefundNum</c>
/// (<see cref="JosMethods.PopAfsSoaRefundapplyGetWaitRefundNum"/>): the number of refund applications waiting for
/// an answer. JD takes no parameters (<c>{}</c>). Sent by <see cref="RefundsClient.CountPendingAsync"/>.
/// </summary>
public sealed record CountPendingRefundsRequest : JdRequest<long>
{
    private static readonly JdResponseContract<RefundQueryPayload, long> Contract = new(
        RefundsJsonContext.Default.RefundQueryPayload,
        static (payload, request) =>
        {
            var result = payload.QueryResult ?? throw JdMissingPayload.OfRead(request.Method, "queryResult");
            return result.TotalCount ?? throw JdMissingPayload.OfRead(request.Method, "queryResult.totalCount");
        });

    internal override JdResponseContract<long> Response => Contract;

    private protected override string JosMethod => JosMethods.PopAfsSoaRefundapplyGetWaitRefundNum;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override JsonSerializerContext ParametersContext => RefundsJsonContext.Default;

    internal override void Validate()
    {
    }
}
