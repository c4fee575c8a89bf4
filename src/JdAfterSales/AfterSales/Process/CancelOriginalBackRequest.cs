namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.process.return.cancel</c> (<see cref="JosMethods.AscProcessReturnCancel"/>): cancel
/// shipping the customer's own item back (取消原返, see <see cref="ShipOriginalBackRequest"/>); the service order waits
/// to be processed again.
/// JD takes no <c>sysVersion</c> here. Sent by <see cref="AfterSalesClient.CancelOriginalBackAsync"/>.
/// </summary>
public sealed record CancelOriginalBackRequest : AscServiceWriteRequest
{
    private protected override string JosMethod => JosMethods.AscProcessReturnCancel;
}
