namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.count</c> (<see cref="JosMethods.AscAuditCount"/>): how many applications waiting
/// for audit the filters of a <see cref="ListPendingAuditsRequest"/> match. JD declares no paging for it, so none is
/// sent. Sent by <see cref="AfterSalesClient.CountPendingAuditsAsync"/>.
/// </summary>
public sealed record CountPendingAuditsRequest : AscCountRequest<ListPendingAuditsRequest, PendingAudit>
{
    private protected override string JosMethod => JosMethods.AscAuditCount;

    private protected override bool SendsPaging => false;
}
