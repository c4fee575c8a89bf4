using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.receive.view</c> (<see cref="JosMethods.AscReceiveView"/>): how returned goods were
/// registered on receipt. Sent by <see cref="AfterSalesClient.GetReceiptAsync"/>.
/// </summary>
public sealed record GetReceiptRequest : AscViewRequest<ReceiptDetail?>
{
    private static readonly JdResponseContract<AscResultPayload<ReceiptDetailResult>, ReceiptDetail?> Contract =
        AscContracts.View<ReceiptDetailResult, ReceiptDetail?>(
            AfterSalesJsonContext.Default.AscResultPayloadReceiptDetailResult,
            static (result, _) => result.Data);

    internal override JdResponseContract<ReceiptDetail?> Response => Contract;

    private protected override string JosMethod => JosMethods.AscReceiveView;

}
