namespace JdAfterSales.AfterSales;

/// <summary>Which of JD's reason trees <c>jingdong.asc.audit.reason.list</c> reads (<c>bizType</c>).</summary>
public enum AuditReasonTree
{
    /// <summary>Reasons for an audit decision (<c>bizType</c> 1), JD's default.</summary>
    Audit = 1,

    /// <summary>Reasons for asking JD to intervene (<c>bizType</c> 2).</summary>
    JdIntervention = 2,
}
