namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.process.count</c> (<see cref="JosMethods.AscProcessCount"/>): how many service orders
/// waiting to be processed the filters of a <see cref="ListAwaitingProcessingRequest"/> match. JD declares no paging for
/// it, so none is sent. Sent by <see cref="AfterSalesClient.CountAwaitingProcessingAsync"/>.
/// </summary>
public sealed record CountAwaitingProcessingRequest : AscCountRequest<ListAwaitingProcessingRequest, PendingProcessing>
{
    private protected override string JosMethod => JosMethods.AscProcessCount;

    private protected override bool SendsPaging => false;
}
