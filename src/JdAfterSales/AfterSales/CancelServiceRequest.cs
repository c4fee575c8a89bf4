using System.Text.Json;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.common.cancel</c>: cancel a service order.</summary>
public sealed record CancelServiceRequest : AscWriteRequest
{
    /// <summary>Why it is cancelled (<c>approveNotes</c>); JD shows it to the customer.</summary>
    public required string ApproveNotes { get; init; }

    /// <summary><c>jingdong.asc.common.cancel</c>.</summary>
    public override string Method => "jingdong.asc.common.cancel";

    private protected override void WriteDecision(Utf8JsonWriter writer)
    {
        RequestRules.RequireText(ApproveNotes, "approveNotes", "why the service order is cancelled");
        writer.WriteString("approveNotes", ApproveNotes);
    }
}
