using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.track.list</c> (<see cref="JosMethods.AscTrackList"/>): the notes on a service order
/// (审核留言), written by the shop's staff. Sent by <see cref="AfterSalesClient.ListServiceNotesAsync"/>.
/// </summary>
public sealed record ListServiceNotesRequest : AscListRequest<ServiceNote>
{
    private static readonly JdResponseContract<AscListPayload<ServiceNotePage>, JdPage<ServiceNote>> Contract =
        AscContracts.Page<ServiceNotePage, ServiceNote>(AfterSalesJsonContext.Default.AscListPayloadServiceNotePage);

    /// <summary>The service order (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public required long ServiceId { get; init; }

    internal override JdResponseContract<JdPage<ServiceNote>> Response => Contract;

    private protected override string JosMethod => JosMethods.AscTrackList;

    private protected override void ValidateFilters() => JdRequestRules.RequirePositive(ServiceId, "serviceId");
}
