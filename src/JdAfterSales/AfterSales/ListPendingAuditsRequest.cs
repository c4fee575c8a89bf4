using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.audit.list</c>: applications waiting for the merchant's audit. Every filter is optional.</summary>
public sealed record ListPendingAuditsRequest : AscListRequest, IJdRequest<AscListResponse<PendingAuditPage>>
{
    /// <summary>Only this service order (<c>serviceId</c>).</summary>
    public long? ServiceId { get; init; }

    /// <summary>Only applications of this order (<c>orderId</c>).</summary>
    public long? OrderId { get; init; }

    /// <summary>Only this SKU (<c>skuId</c>).</summary>
    public long? SkuId { get; init; }

    /// <summary>Only this customer expectation (<c>customerExpect</c>).</summary>
    public CustomerExpectation? CustomerExpectation { get; init; }

    /// <summary>Only this status (<c>serviceStatus</c>).</summary>
    public ServiceStatus? Status { get; init; }

    /// <summary>Only applications past (true) or within (false) the audit deadline (<c>timeoutFlag</c>).</summary>
    public bool? TimedOut { get; init; }

    /// <summary>Only this JD order type (<c>orderType</c>).</summary>
    public int? OrderType { get; init; }

    /// <summary>Only this customer's JD account (<c>customerPin</c>).</summary>
    public string? CustomerPin { get; init; }

    /// <summary>Only this customer's name (<c>customerName</c>).</summary>
    public string? CustomerName { get; init; }

    /// <summary>Only this customer's phone (<c>customerTel</c>).</summary>
    public string? CustomerTel { get; init; }

    /// <summary><c>jingdong.asc.audit.list</c>.</summary>
    public string Method => "jingdong.asc.audit.list";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<AscListResponse<PendingAuditPage>> IJdRequest<AscListResponse<PendingAuditPage>>.ResponseTypeInfo => AfterSalesJsonContext.Default.AscListResponsePendingAuditPage;

    void IJdRequest<AscListResponse<PendingAuditPage>>.WriteParameters(Utf8JsonWriter writer) => WriteList(writer);

    private protected override void CheckFilters()
    {
        RequestRules.RequirePositive(ServiceId, "serviceId");
        RequestRules.RequirePositive(OrderId, "orderId");
        RequestRules.RequirePositive(SkuId, "skuId");
    }

    private protected override void WriteFilters(Utf8JsonWriter writer)
    {
        RequestRules.WriteNumber(writer, "serviceId", ServiceId);
        RequestRules.WriteNumber(writer, "orderId", OrderId);
        RequestRules.WriteNumber(writer, "skuId", SkuId);
        RequestRules.WriteNumber(writer, "customerExpect", CustomerExpectation?.Value);
        RequestRules.WriteNumber(writer, "serviceStatus", Status?.Value);
        RequestRules.WriteFlag(writer, "timeoutFlag", TimedOut);
        RequestRules.WriteNumber(writer, "orderType", OrderType);
        RequestRules.WriteText(writer, "customerPin", CustomerPin);
        RequestRules.WriteText(writer, "customerName", CustomerName);
        RequestRules.WriteText(writer, "customerTel", CustomerTel);
    }
}
