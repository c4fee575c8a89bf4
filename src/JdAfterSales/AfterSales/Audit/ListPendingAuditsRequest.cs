using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.list</c> (<see cref="JosMethods.AscAuditList"/>): applications waiting for
/// the merchant's audit. Every filter is optional. Sent by <see cref="AfterSalesClient.ListPendingAuditsAsync"/>.
/// </summary>
public sealed record ListPendingAuditsRequest : AscListRequest<PendingAudit>
{
    private static readonly JdResponseContract<AscListPayload<PendingAuditPage>, JdPage<PendingAudit>> Contract =
        AscContracts.Page<PendingAuditPage, PendingAudit>(AfterSalesJsonContext.Default.AscListPayloadPendingAuditPage);

    /// <summary>Only this service order (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; init; }

    /// <summary>Only applications of this order (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    /// <summary>Only applications for this SKU (<c>skuId</c>).</summary>
    [JsonPropertyName("skuId")]
    public long? SkuId { get; init; }

    /// <summary>Only applications with this expectation (<c>customerExpect</c>).</summary>
    [JsonPropertyName("customerExpect")]
    public CustomerExpectation? CustomerExpectation { get; init; }

    /// <summary>Only applications in this status (<c>serviceStatus</c>).</summary>
    [JsonPropertyName("serviceStatus")]
    public ServiceStatus? Status { get; init; }

    /// <summary>Only applications past (true) or within (false) JD's audit deadline (<c>timeoutFlag</c>).</summary>
    [JsonPropertyName("timeoutFlag")]
    public bool? TimedOut { get; init; }

    /// <summary>Only this JD order type (<c>orderType</c>).</summary>
    [JsonPropertyName("orderType")]
    public int? OrderType { get; init; }

    /// <summary>Only this customer's JD account (<c>customerPin</c>).</summary>
    [JsonPropertyName("customerPin")]
    public string? CustomerPin { get; init; }

    /// <summary>Only this customer's name (<c>customerName</c>).</summary>
    [JsonPropertyName("customerName")]
    public string? CustomerName { get; init; }

    /// <summary>Only this customer's phone (<c>customerTel</c>).</summary>
    [JsonPropertyName("customerTel")]
    public string? CustomerTel { get; init; }

    internal override JdResponseContract<JdPage<PendingAudit>> Response => Contract;

    private protected override string JosMethod => JosMethods.AscAuditList;

    private protected override void ValidateFilters()
    {
        JdRequestRules.RequirePositive(ServiceId, "serviceId");
        JdRequestRules.RequirePositive(OrderId, "orderId");
        JdRequestRules.RequirePositive(SkuId, "skuId");
    }
}
