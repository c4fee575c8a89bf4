using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.query.list</c> (<see cref="JosMethods.AscQueryList"/>): search service orders.
/// Every filter is optional. Sent by <see cref="AfterSalesClient.ListServicesAsync"/>.
/// </summary>
public sealed record ListServicesRequest : AscListRequest<ServiceBrief>
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

    /// <summary>Applied at or after (<c>applyTimeBegin</c>).</summary>
    [JsonPropertyName("applyTimeBegin")]
    public DateTimeOffset? ApplyTimeBegin { get; init; }

    /// <summary>Applied at or before (<c>applyTimeEnd</c>).</summary>
    [JsonPropertyName("applyTimeEnd")]
    public DateTimeOffset? ApplyTimeEnd { get; init; }

    /// <summary>Audited at or after (<c>approveTimeBegin</c>).</summary>
    [JsonPropertyName("approveTimeBegin")]
    public DateTimeOffset? ApproveTimeBegin { get; init; }

    /// <summary>Audited at or before (<c>approveTimeEnd</c>).</summary>
    [JsonPropertyName("approveTimeEnd")]
    public DateTimeOffset? ApproveTimeEnd { get; init; }

    /// <summary>Finished at or after (<c>finishTimeBegin</c>).</summary>
    [JsonPropertyName("finishTimeBegin")]
    public DateTimeOffset? FinishTimeBegin { get; init; }

    /// <summary>Finished at or before (<c>finishTimeEnd</c>).</summary>
    [JsonPropertyName("finishTimeEnd")]
    public DateTimeOffset? FinishTimeEnd { get; init; }

    /// <summary>Changed at or after (<c>updateTimeBegin</c>).</summary>
    [JsonPropertyName("updateTimeBegin")]
    public DateTimeOffset? UpdateTimeBegin { get; init; }

    /// <summary>Changed at or before (<c>updateTimeEnd</c>).</summary>
    [JsonPropertyName("updateTimeEnd")]
    public DateTimeOffset? UpdateTimeEnd { get; init; }

    /// <summary>Only service orders with this return waybill (<c>expressCode</c>).</summary>
    [JsonPropertyName("expressCode")]
    public string? ExpressCode { get; init; }

    /// <summary>Only this JD order type (<c>orderType</c>).</summary>
    [JsonPropertyName("orderType")]
    public int? OrderType { get; init; }

    /// <summary>Only this processing result (<c>processResult</c>).</summary>
    [JsonPropertyName("processResult")]
    public int? ProcessResult { get; init; }

    /// <summary>Only this customer's JD account (<c>customerPin</c>).</summary>
    [JsonPropertyName("customerPin")]
    public string? CustomerPin { get; init; }

    /// <summary>Only this customer's name (<c>customerName</c>).</summary>
    [JsonPropertyName("customerName")]
    public string? CustomerName { get; init; }

    /// <summary>Only this customer's phone (<c>customerTel</c>).</summary>
    [JsonPropertyName("customerTel")]
    public string? CustomerTel { get; init; }

    internal override JdResponseContract<JdPage<ServiceBrief>> Response => Contract;

    private protected override string JosMethod => JosMethods.AscQueryList;

    private protected override void ValidateFilters()
    {
        JdRequestRules.RequirePositive(ServiceId, "serviceId");
        JdRequestRules.RequirePositive(OrderId, "orderId");
        JdRequestRules.RequireOrder(ApplyTimeBegin, ApplyTimeEnd, "applyTimeBegin", "applyTimeEnd");
        JdRequestRules.RequireOrder(ApproveTimeBegin, ApproveTimeEnd, "approveTimeBegin", "approveTimeEnd");
        JdRequestRules.RequireOrder(FinishTimeBegin, FinishTimeEnd, "finishTimeBegin", "finishTimeEnd");
        JdRequestRules.RequireOrder(UpdateTimeBegin, UpdateTimeEnd, "updateTimeBegin", "updateTimeEnd");
    }
}
