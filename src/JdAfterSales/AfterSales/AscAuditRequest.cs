using System.Text.Json;

namespace JdAfterSales.AfterSales;

/// <summary>
/// An audit decision on a service order (<c>jingdong.asc.audit.*</c>): the notes the customer sees and the reason
/// codes from <see cref="AfterSalesClient.ListAuditReasonsAsync"/>.
/// </summary>
public abstract record AscAuditRequest : AscWriteRequest
{
    private protected AscAuditRequest()
    {
    }

    /// <summary>The audit notes (<c>approveNotes</c>); JD shows them to the customer.</summary>
    public required string ApproveNotes { get; init; }

    /// <summary>The first-level reason code (<c>approveReasonCid1</c>) from the audit reason tree.</summary>
    public required long ApproveReasonCid1 { get; init; }

    /// <summary>The second-level reason code (<c>approveReasonCid2</c>), optional.</summary>
    public long? ApproveReasonCid2 { get; init; }

    private protected sealed override void WriteDecision(Utf8JsonWriter writer)
    {
        RequestRules.RequireText(ApproveNotes, "approveNotes", "the audit notes");
        RequestRules.RequirePositive(ApproveReasonCid1, "approveReasonCid1");
        RequestRules.RequirePositive(ApproveReasonCid2, "approveReasonCid2");
        writer.WriteString("approveNotes", ApproveNotes);
        writer.WriteNumber("approveReasonCid1", ApproveReasonCid1);
        RequestRules.WriteNumber(writer, "approveReasonCid2", ApproveReasonCid2);
        WriteApproval(writer);
    }

    /// <summary>Checks and writes what an approval adds; nothing for a rejection or a feedback request.</summary>
    private protected virtual void WriteApproval(Utf8JsonWriter writer)
    {
    }
}
