namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.waitFeedback</c>: ask the customer for more information before deciding
/// (the service order moves to <see cref="ServiceStatus.WaitingForCustomerFeedback"/>).
/// </summary>
public sealed record RequestCustomerFeedbackRequest : AscAuditRequest
{
    /// <summary><c>jingdong.asc.audit.waitFeedback</c>.</summary>
    public override string Method => "jingdong.asc.audit.waitFeedback";
}
