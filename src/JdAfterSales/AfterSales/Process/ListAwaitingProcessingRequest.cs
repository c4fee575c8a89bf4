using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.process.list</c> (<see cref="JosMethods.AscProcessList"/>): service orders whose
/// goods came back and wait to be processed — closed, shipped back, exchanged. Every filter is optional. Sent by
/// <see cref="AfterSalesClient.ListAwaitingProcessingAsync"/>.
/// </summary>
public sealed record ListAwaitingProcessingRequest : AscListRequest<PendingProcessing>
{
    private static readonly JdResponseContract<AscListPayload<PendingProcessingPage>, JdPage<PendingProcessing>> Contract =
        AscContracts.Page<PendingProcessingPage, PendingProcessing>(AfterSalesJsonContext.Default.AscListPayloadPendingProcessingPage);

    /// <summary>Only this service order (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; init; }

    /// <summary>Only service orders of this order (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    /// <summary>Only service orders for this SKU (<c>skuId</c>).</summary>
    [JsonPropertyName("skuId")]
    public long? SkuId { get; init; }

    /// <summary>Only service orders with this return waybill (<c>expressCode</c>).</summary>
    [JsonPropertyName("expressCode")]
    public string? ExpressCode { get; init; }

    /// <summary>Only service orders in this status (<c>serviceStatus</c>).</summary>
    [JsonPropertyName("serviceStatus")]
    public ServiceStatus? Status { get; init; }

    /// <summary>Only service orders with this expectation (<c>customerExpect</c>).</summary>
    [JsonPropertyName("customerExpect")]
    public CustomerExpectation? CustomerExpectation { get; init; }

    /// <summary>Applied at or after (<c>applyTimeBegin</c>); given with <see cref="ApplyTimeEnd"/>.</summary>
    [JsonPropertyName("applyTimeBegin")]
    public DateTimeOffset? ApplyTimeBegin { get; init; }

    /// <summary>Applied at or before (<c>applyTimeEnd</c>).</summary>
    [JsonPropertyName("applyTimeEnd")]
    public DateTimeOffset? ApplyTimeEnd { get; init; }

    /// <summary>Approved at or after (<c>approveTimeBegin</c>); given with <see cref="ApproveTimeEnd"/>.</summary>
    [JsonPropertyName("approveTimeBegin")]
    public DateTimeOffset? ApproveTimeBegin { get; init; }

    /// <summary>Approved at or before (<c>approveTimeEnd</c>).</summary>
    [JsonPropertyName("approveTimeEnd")]
    public DateTimeOffset? ApproveTimeEnd { get; init; }

    /// <summary>Only service orders JD was (true) or was not (false) asked to step in on (<c>jdInterveneFlag</c>).</summary>
    [JsonPropertyName("jdInterveneFlag")]
    public bool? JdIntervened { get; init; }

    /// <summary>Only service orders past (true) or within (false) JD's processing deadline (<c>timeoutFlag</c>).</summary>
    [JsonPropertyName("timeoutFlag")]
    public bool? TimedOut { get; init; }

    /// <summary>Only this customer's JD account (<c>customerPin</c>).</summary>
    [JsonPropertyName("customerPin")]
    public string? CustomerPin { get; init; }

    internal override JdResponseContract<JdPage<PendingProcessing>> Response => Contract;

    private protected override string JosMethod => JosMethods.AscProcessList;

    private protected override void ValidateFilters()
    {
        JdRequestRules.RequirePositive(ServiceId, "serviceId");
        JdRequestRules.RequirePositive(OrderId, "orderId");
        JdRequestRules.RequirePositive(SkuId, "skuId");
        JdRequestRules.RequireBoth(ApplyTimeBegin, ApplyTimeEnd, "applyTimeBegin", "applyTimeEnd");
        JdRequestRules.RequireOrder(ApplyTimeBegin, ApplyTimeEnd, "applyTimeBegin", "applyTimeEnd");
        JdRequestRules.RequireBoth(ApproveTimeBegin, ApproveTimeEnd, "approveTimeBegin", "approveTimeEnd");
        JdRequestRules.RequireOrder(ApproveTimeBegin, ApproveTimeEnd, "approveTimeBegin", "approveTimeEnd");
    }
}
