namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.query.count</c> (<see cref="JosMethods.AscQueryCount"/>): how many service orders the
/// filters of a <see cref="ListServicesRequest"/> match. JD's classes send <c>pageNumber</c> and <c>pageSize</c> with
/// it too; they do not change the count. Sent by <see cref="AfterSalesClient.CountServicesAsync"/>.
/// </summary>
public sealed record CountServicesRequest : AscCountRequest<ListServicesRequest, ServiceBrief>
{
    private protected override string JosMethod => JosMethods.AscQueryCount;

    private protected override bool SendsPaging => true;
}
