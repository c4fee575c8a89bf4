using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.common.cancel</c> (<see cref="JosMethods.AscCommonCancel"/>): cancel a service
/// order. Sent by <see cref="AfterSalesClient.CancelServiceAsync"/>.
/// </summary>
public sealed record CancelServiceRequest : AscWriteRequest
{
    /// <summary>Why the service order is cancelled (<c>approveNotes</c>); JD shows it to the customer.</summary>
    [JsonPropertyName("approveNotes")]
    public required string ApproveNotes { get; init; }

    /// <summary>An internal remark kept in the service order's history (<c>operateRemark</c>), optional.</summary>
    [JsonPropertyName("operateRemark")]
    public string? OperateRemark { get; init; }

    private protected override string JosMethod => JosMethods.AscCommonCancel;

    private protected override void ValidateDecision() =>
        JdRequestRules.RequireText(ApproveNotes, "approveNotes", "why the service order is cancelled");
}
