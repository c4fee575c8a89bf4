namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.process.offLineChange.cancel</c> (<see cref="JosMethods.AscProcessOffLineChangeCancel"/>):
/// cancel a recorded offline exchange (取消线下换新, see <see cref="RegisterOfflineExchangeRequest"/>); the service order
/// waits to be processed again.
/// JD takes no <c>sysVersion</c> here. Sent by <see cref="AfterSalesClient.CancelOfflineExchangeAsync"/>.
/// </summary>
public sealed record CancelOfflineExchangeRequest : AscServiceWriteRequest
{
    private protected override string JosMethod => JosMethods.AscProcessOffLineChangeCancel;
}
