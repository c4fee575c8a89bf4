namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.receive.count</c> (<see cref="JosMethods.AscReceiveCount"/>): how many service orders
/// whose goods are on their way back the filters of a <see cref="ListAwaitingReceiptRequest"/> match. JD declares no
/// paging for it, so none is sent. Sent by <see cref="AfterSalesClient.CountAwaitingReceiptAsync"/>.
/// </summary>
public sealed record CountAwaitingReceiptRequest : AscCountRequest<ListAwaitingReceiptRequest, ServiceBrief>
{
    private protected override string JosMethod => JosMethods.AscReceiveCount;

    private protected override bool SendsPaging => false;
}
