using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.freight.view</c> (<see cref="JosMethods.AscFreightView"/>): the waybill of goods
/// coming back. Sent by <see cref="AfterSalesClient.GetReturnFreightAsync"/>.
/// </summary>
public sealed record GetReturnFreightRequest : AscViewRequest<ReturnFreight?>
{
    private static readonly JdResponseContract<AscResultPayload<ReturnFreightResult>, ReturnFreight?> Contract =
        AscContracts.View<ReturnFreightResult, ReturnFreight?>(
            AfterSalesJsonContext.Default.AscResultPayloadReturnFreightResult,
            static (result, _) => result.Data);

    internal override JdResponseContract<ReturnFreight?> Response => Contract;

    private protected override string JosMethod => JosMethods.AscFreightView;

}
