
namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.delivery</c> (<see cref="JosMethods.AscAuditDelivery"/>): approve, and the
/// customer brings the goods in person. JD takes no return address type here: the customer comes to the return
/// address. Sent by <see cref="AfterSalesClient.ApproveForCustomerDeliveryAsync"/>.
/// </summary>
public sealed record ApproveForCustomerDeliveryRequest : AscApprovalRequest
{
    private protected override string JosMethod => JosMethods.AscAuditDelivery;

    private protected override void ValidateReturnRoute()
    {
    }
}
