using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.process.JdIntervene</c> (<see cref="JosMethods.AscProcessJdIntervene"/>): ask JD to
/// step in on a service order (申请京东介入), for a reason from JD's intervention reason tree
/// (<see cref="AuditReasonTree.JdIntervention"/>). Sent by <see cref="AfterSalesClient.RequestJdInterventionAsync"/>.
/// </summary>
public sealed record RequestJdInterventionRequest : AscWriteRequest
{
    /// <summary>The level-1 reason (<c>interveneReasonCid1</c>), a code of <see cref="AuditReasonTree.JdIntervention"/>.</summary>
    [JsonPropertyName("interveneReasonCid1")]
    public required long InterveneReasonCid1 { get; init; }

    /// <summary>The level-2 reason (<c>interveneReasonCid2</c>), a child of <see cref="InterveneReasonCid1"/>.</summary>
    [JsonPropertyName("interveneReasonCid2")]
    public required long InterveneReasonCid2 { get; init; }

    /// <summary>The phone JD calls about the case (<c>contactTel</c>).</summary>
    [JsonPropertyName("contactTel")]
    public required string ContactTel { get; init; }

    private protected override string JosMethod => JosMethods.AscProcessJdIntervene;

    private protected override void ValidateDecision()
    {
        JdRequestRules.RequirePositive(InterveneReasonCid1, "interveneReasonCid1");
        JdRequestRules.RequirePositive(InterveneReasonCid2, "interveneReasonCid2");
        JdRequestRules.RequireText(ContactTel, "contactTel", "the phone JD calls about the case");
    }
}
