using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// An audit decision on a service order (<c>jingdong.asc.audit.*</c>): the notes the customer sees and the reason
/// codes from <see cref="AfterSalesClient.ListAuditReasonsAsync(ListAuditReasonsRequest, CancellationToken)"/>.
/// </summary>
public abstract record AscAuditRequest : AscWriteRequest
{
    private protected AscAuditRequest()
    {
    }

    /// <summary>The audit notes (<c>approveNotes</c>); JD shows them to the customer.</summary>
    [JsonPropertyName("approveNotes")]
    public required string ApproveNotes { get; init; }

    /// <summary>The first-level reason code (<c>approveReasonCid1</c>) from the audit reason tree.</summary>
    [JsonPropertyName("approveReasonCid1")]
    public required long ApproveReasonCid1 { get; init; }

    /// <summary>The second-level reason code (<c>approveReasonCid2</c>), optional.</summary>
    [JsonPropertyName("approveReasonCid2")]
    public long? ApproveReasonCid2 { get; init; }

    /// <summary>An internal remark kept in the service order's history (<c>operateRemark</c>), optional.</summary>
    [JsonPropertyName("operateRemark")]
    public string? OperateRemark { get; init; }

    private protected sealed override void ValidateDecision()
    {
        JdRequestRules.RequireText(ApproveNotes, "approveNotes", "the audit notes");
        JdRequestRules.RequirePositive(ApproveReasonCid1, "approveReasonCid1");
        JdRequestRules.RequirePositive(ApproveReasonCid2, "approveReasonCid2");
        ValidateApproval();
    }

    /// <summary>Refuses what an approval adds; nothing for a rejection or a feedback request.</summary>
    private protected virtual void ValidateApproval()
    {
    }
}
