namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.audit.refuse</c>: reject a service order at audit.</summary>
public sealed record RejectServiceRequest : AscAuditRequest
{
    /// <summary><c>jingdong.asc.audit.refuse</c>.</summary>
    public override string Method => "jingdong.asc.audit.refuse";
}
