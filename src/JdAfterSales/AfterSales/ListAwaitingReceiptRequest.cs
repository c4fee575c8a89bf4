using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.receive.list</c>: approved service orders whose goods are on their way back. Every filter is optional.</summary>
public sealed record ListAwaitingReceiptRequest : AscListRequest, IJdRequest<AscListResponse<ServiceBriefPage>>
{
    /// <summary>Only this service order (<c>serviceId</c>).</summary>
    public long? ServiceId { get; init; }

    /// <summary>Only service orders of this order (<c>orderId</c>).</summary>
    public long? OrderId { get; init; }

    /// <summary>Only this SKU (<c>skuId</c>).</summary>
    public long? SkuId { get; init; }

    /// <summary>Applied at or after (<c>applyTimeBegin</c>).</summary>
    public DateTimeOffset? ApplyTimeBegin { get; init; }

    /// <summary>Applied at or before (<c>applyTimeEnd</c>).</summary>
    public DateTimeOffset? ApplyTimeEnd { get; init; }

    /// <summary>Only this return waybill (<c>expressCode</c>).</summary>
    public string? ExpressCode { get; init; }

    /// <summary>Only service orders past (true) or within (false) the receipt deadline (<c>timeoutFlag</c>).</summary>
    public bool? TimedOut { get; init; }

    /// <summary>Only this customer expectation (<c>customerExpect</c>).</summary>
    public CustomerExpectation? CustomerExpectation { get; init; }

    /// <summary>Only this customer's JD account (<c>customerPin</c>).</summary>
    public string? CustomerPin { get; init; }

    /// <summary>Only this customer's name (<c>customerName</c>).</summary>
    public string? CustomerName { get; init; }

    /// <summary>Only this customer's phone (<c>customerTel</c>).</summary>
    public string? CustomerTel { get; init; }

    /// <summary><c>jingdong.asc.receive.list</c>.</summary>
    public string Method => "jingdong.asc.receive.list";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<AscListResponse<ServiceBriefPage>> IJdRequest<AscListResponse<ServiceBriefPage>>.ResponseTypeInfo => AfterSalesJsonContext.Default.AscListResponseServiceBriefPage;

    void IJdRequest<AscListResponse<ServiceBriefPage>>.WriteParameters(Utf8JsonWriter writer) => WriteList(writer);

    private protected override void CheckFilters()
    {
        RequestRules.RequirePositive(ServiceId, "serviceId");
        RequestRules.RequirePositive(OrderId, "orderId");
        RequestRules.RequirePositive(SkuId, "skuId");
        RequestRules.RequireOrder(ApplyTimeBegin, ApplyTimeEnd, "applyTimeBegin", "applyTimeEnd");
    }

    private protected override void WriteFilters(Utf8JsonWriter writer)
    {
        RequestRules.WriteNumber(writer, "serviceId", ServiceId);
        RequestRules.WriteNumber(writer, "orderId", OrderId);
        RequestRules.WriteNumber(writer, "skuId", SkuId);
        RequestRules.WriteTime(writer, "applyTimeBegin", ApplyTimeBegin);
        RequestRules.WriteTime(writer, "applyTimeEnd", ApplyTimeEnd);
        RequestRules.WriteText(writer, "expressCode", ExpressCode);
        RequestRules.WriteFlag(writer, "timeoutFlag", TimedOut);
        RequestRules.WriteNumber(writer, "customerExpect", CustomerExpectation?.Value);
        RequestRules.WriteText(writer, "customerPin", CustomerPin);
        RequestRules.WriteText(writer, "customerName", CustomerName);
        RequestRules.WriteText(writer, "customerTel", CustomerTel);
    }
}
