using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.sync.list</c> (<see cref="JosMethods.AscSyncList"/>): service orders that changed
/// in a time window. Each time pair is given whole or not at all. Sent by
/// <see cref="AfterSalesClient.ListChangedServicesAsync"/>.
/// </summary>
public sealed record ListChangedServicesRequest : AscListRequest<ServiceBrief>
{
    private static readonly JdResponseContract<AscListPayload<ServiceBriefPage>, JdPage<ServiceBrief>> Contract =
        AscContracts.Page<ServiceBriefPage, ServiceBrief>(AfterSalesJsonContext.Default.AscListPayloadServiceBriefPage);

    /// <summary>Only this service order (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; init; }

    /// <summary>Only service orders of this order (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    /// <summary>Only service orders in this status (<c>serviceStatus</c>).</summary>
    [JsonPropertyName("serviceStatus")]
    public ServiceStatus? Status { get; init; }

    /// <summary>Only this JD order type (<c>orderType</c>).</summary>
    [JsonPropertyName("orderType")]
    public int? OrderType { get; init; }

    /// <summary>Changed at or after (<c>updateTimeBegin</c>).</summary>
    [JsonPropertyName("updateTimeBegin")]
    public DateTimeOffset? UpdateTimeBegin { get; init; }

    /// <summary>Changed at or before (<c>updateTimeEnd</c>).</summary>
    [JsonPropertyName("updateTimeEnd")]
    public DateTimeOffset? UpdateTimeEnd { get; init; }

    /// <summary>Return waybill changed at or after (<c>freightUpdateDateBegin</c>).</summary>
    [JsonPropertyName("freightUpdateDateBegin")]
    public DateTimeOffset? FreightUpdateDateBegin { get; init; }

    /// <summary>Return waybill changed at or before (<c>freightUpdateDateEnd</c>).</summary>
    [JsonPropertyName("freightUpdateDateEnd")]
    public DateTimeOffset? FreightUpdateDateEnd { get; init; }

    internal override JdResponseContract<JdPage<ServiceBrief>> Response => Contract;

    private protected override string JosMethod => JosMethods.AscSyncList;

    private protected override void ValidateFilters()
    {
        JdRequestRules.RequirePositive(ServiceId, "serviceId");
        JdRequestRules.RequirePositive(OrderId, "orderId");
        JdRequestRules.RequireBoth(UpdateTimeBegin, UpdateTimeEnd, "updateTimeBegin", "updateTimeEnd");
        JdRequestRules.RequireOrder(UpdateTimeBegin, UpdateTimeEnd, "updateTimeBegin", "updateTimeEnd");
        JdRequestRules.RequireBoth(FreightUpdateDateBegin, FreightUpdateDateEnd, "freightUpdateDateBegin", "freightUpdateDateEnd");
        JdRequestRules.RequireOrder(FreightUpdateDateBegin, FreightUpdateDateEnd, "freightUpdateDateBegin", "freightUpdateDateEnd");
    }
}
