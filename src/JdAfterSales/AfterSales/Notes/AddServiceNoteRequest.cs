using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.track.save</c> (<see cref="JosMethods.AscTrackSave"/>): add a note to a service order
/// (服务单备注), for the shop's staff. JD names the service order alone and takes no <c>sysVersion</c>. Sent by
/// <see cref="AfterSalesClient.AddServiceNoteAsync"/>; never re-sent automatically.
/// </summary>
public sealed record AddServiceNoteRequest : AscRequest<JdWriteResult>
{
    private static readonly JdResponseContract<AscResultPayload<AscResult>, JdWriteResult> Contract = AscContracts.Write();

    /// <summary>The service order (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public required long ServiceId { get; init; }

    /// <summary>The note (<c>operateRemark</c>).</summary>
    [JsonPropertyName("operateRemark")]
    public required string Note { get; init; }

    internal override JdResponseContract<JdWriteResult> Response => Contract;

    private protected override string JosMethod => JosMethods.AscTrackSave;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Write;

    private protected override void ValidateParameters()
    {
        JdRequestRules.RequirePositive(ServiceId, "serviceId");
        JdRequestRules.RequireText(Note, "operateRemark", "the note");
    }
}
