
namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.refuse</c> (<see cref="JosMethods.AscAuditRefuse"/>): rejects a service order at audit. Sent by
/// <see cref="AfterSalesClient.RejectServiceAsync"/>.
/// </summary>
public sealed record RejectServiceRequest : AscAuditRequest
{
    private protected override string JosMethod => JosMethods.AscAuditRefuse;

}
