using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.query.view</c> (<see cref="JosMethods.AscQueryView"/>): one service order in full.
/// Sent by <see cref="AfterSalesClient.GetServiceAsync"/>.
/// </summary>
public sealed record GetServiceRequest : AscViewRequest<ServiceBill>
{
    private static readonly JdResponseContract<AscResultPayload<ServiceBillResult>, ServiceBill> Contract =
        AscContracts.View<ServiceBillResult, ServiceBill>(
            AfterSalesJsonContext.Default.AscResultPayloadServiceBillResult,
            static (result, request) => result.Data ?? throw JdMissingPayload.OfRead(request.Method, "result.data (the service order)"));

    internal override JdResponseContract<ServiceBill> Response => Contract;

    private protected override string JosMethod => JosMethods.AscQueryView;

}
