
namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.waitFeedback</c> (<see cref="JosMethods.AscAuditWaitFeedback"/>): asks the customer for more information before deciding. Sent by
/// <see cref="AfterSalesClient.RequestCustomerFeedbackAsync"/>.
/// </summary>
public sealed record RequestCustomerFeedbackRequest : AscAuditRequest
{
    private protected override string JosMethod => JosMethods.AscAuditWaitFeedback;

}
