using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.receive.list</c> (<see cref="JosMethods.AscReceiveList"/>): approved service orders
/// whose goods are on their way back. Every filter is optional. Sent by
/// <see cref="AfterSalesClient.ListAwaitingReceiptAsync"/>.
/// </summary>
public sealed record ListAwaitingReceiptRequest : AscListRequest<ServiceBrief>
{
    private static readonly JdResponseContract<AscListPayload<ServiceBriefPage>, JdPage<ServiceBrief>> Contract =
        AscContracts.Page<ServiceBriefPage, ServiceBrief>(AfterSalesJsonContext.Default.AscListPayloadServiceBriefPage);

    /// <summary>Only this service order (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; init; }

    /// <summary>Only service orders of this order (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    /// <summary>Only service orders for this SKU (<c>skuId</c>).</summary>
    [JsonPropertyName("skuId")]
    public long? SkuId { get; init; }

    /// <summary>Applied at or after (<c>applyTimeBegin</c>).</summary>
    [JsonPropertyName("applyTimeBegin")]
    public DateTimeOffset? ApplyTimeBegin { get; init; }

    /// <summary>Applied at or before (<c>applyTimeEnd</c>).</summary>
    [JsonPropertyName("applyTimeEnd")]
    public DateTimeOffset? ApplyTimeEnd { get; init; }

    /// <summary>Only service orders with this return waybill (<c>expressCode</c>).</summary>
    [JsonPropertyName("expressCode")]
    public string? ExpressCode { get; init; }

    /// <summary>Only service orders past (true) or within (false) JD's receipt deadline (<c>timeoutFlag</c>).</summary>
    [JsonPropertyName("timeoutFlag")]
    public bool? TimedOut { get; init; }

    /// <summary>Only service orders with this expectation (<c>customerExpect</c>).</summary>
    [JsonPropertyName("customerExpect")]
    public CustomerExpectation? CustomerExpectation { get; init; }

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

    private protected override string JosMethod => JosMethods.AscReceiveList;

    private protected override void ValidateFilters()
    {
        JdRequestRules.RequirePositive(ServiceId, "serviceId");
        JdRequestRules.RequirePositive(OrderId, "orderId");
        JdRequestRules.RequirePositive(SkuId, "skuId");
        JdRequestRules.RequireOrder(ApplyTimeBegin, ApplyTimeEnd, "applyTimeBegin", "applyTimeEnd");
    }
}
