using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.log.list</c> (<see cref="JosMethods.AscLogList"/>): a service order's history.
/// Sent by <see cref="AfterSalesClient.ListServiceLogsAsync"/>.
/// </summary>
public sealed record ListServiceLogsRequest : AscListRequest<ServiceLog>
{
    private static readonly JdResponseContract<AscListPayload<ServiceLogPage>, JdPage<ServiceLog>> Contract =
        AscContracts.Page<ServiceLogPage, ServiceLog>(AfterSalesJsonContext.Default.AscListPayloadServiceLogPage);

    /// <summary>The service order (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public required long ServiceId { get; init; }

    internal override JdResponseContract<JdPage<ServiceLog>> Response => Contract;

    private protected override string JosMethod => JosMethods.AscLogList;

    private protected override void ValidateFilters() => JdRequestRules.RequirePositive(ServiceId, "serviceId");
}
