using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.query.list</c>: search service orders. Every filter is optional.</summary>
public sealed record ListServicesRequest : AscListRequest, IJdRequest<AscListResponse<ServiceBriefPage>>
{
    /// <summary>Only this service order (<c>serviceId</c>).</summary>
    public long? ServiceId { get; init; }

    /// <summary>Only service orders of this order (<c>orderId</c>).</summary>
    public long? OrderId { get; init; }

    /// <summary>Only service orders in this status (<c>serviceStatus</c>).</summary>
    public ServiceStatus? Status { get; init; }

    /// <summary>Applied at or after (<c>applyTimeBegin</c>).</summary>
    public DateTimeOffset? ApplyTimeBegin { get; init; }

    /// <summary>Applied at or before (<c>applyTimeEnd</c>).</summary>
    public DateTimeOffset? ApplyTimeEnd { get; init; }

    /// <summary>Audited at or after (<c>approveTimeBegin</c>).</summary>
    public DateTimeOffset? ApproveTimeBegin { get; init; }

    /// <summary>Audited at or before (<c>approveTimeEnd</c>).</summary>
    public DateTimeOffset? ApproveTimeEnd { get; init; }

    /// <summary>Finished at or after (<c>finishTimeBegin</c>).</summary>
    public DateTimeOffset? FinishTimeBegin { get; init; }

    /// <summary>Finished at or before (<c>finishTimeEnd</c>).</summary>
    public DateTimeOffset? FinishTimeEnd { get; init; }

    /// <summary>Changed at or after (<c>updateTimeBegin</c>).</summary>
    public DateTimeOffset? UpdateTimeBegin { get; init; }

    /// <summary>Changed at or before (<c>updateTimeEnd</c>).</summary>
    public DateTimeOffset? UpdateTimeEnd { get; init; }

    /// <summary>Only service orders with this return waybill (<c>expressCode</c>).</summary>
    public string? ExpressCode { get; init; }

    /// <summary>Only this JD order type (<c>orderType</c>).</summary>
    public int? OrderType { get; init; }

    /// <summary>Only this processing result (<c>processResult</c>).</summary>
    public int? ProcessResult { get; init; }

    /// <summary>Only this customer's JD account (<c>customerPin</c>).</summary>
    public string? CustomerPin { get; init; }

    /// <summary>Only this customer's name (<c>customerName</c>).</summary>
    public string? CustomerName { get; init; }

    /// <summary>Only this customer's phone (<c>customerTel</c>).</summary>
    public string? CustomerTel { get; init; }

    /// <summary><c>jingdong.asc.query.list</c>.</summary>
    public string Method => "jingdong.asc.query.list";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<AscListResponse<ServiceBriefPage>> IJdRequest<AscListResponse<ServiceBriefPage>>.ResponseTypeInfo => AfterSalesJsonContext.Default.AscListResponseServiceBriefPage;

    void IJdRequest<AscListResponse<ServiceBriefPage>>.WriteParameters(Utf8JsonWriter writer) => WriteList(writer);

    private protected override void CheckFilters()
    {
        RequestRules.RequirePositive(ServiceId, "serviceId");
        RequestRules.RequirePositive(OrderId, "orderId");
        RequestRules.RequireOrder(ApplyTimeBegin, ApplyTimeEnd, "applyTimeBegin", "applyTimeEnd");
        RequestRules.RequireOrder(ApproveTimeBegin, ApproveTimeEnd, "approveTimeBegin", "approveTimeEnd");
        RequestRules.RequireOrder(FinishTimeBegin, FinishTimeEnd, "finishTimeBegin", "finishTimeEnd");
        RequestRules.RequireOrder(UpdateTimeBegin, UpdateTimeEnd, "updateTimeBegin", "updateTimeEnd");
    }

    private protected override void WriteFilters(Utf8JsonWriter writer)
    {
        RequestRules.WriteNumber(writer, "serviceId", ServiceId);
        RequestRules.WriteNumber(writer, "orderId", OrderId);
        RequestRules.WriteNumber(writer, "serviceStatus", Status?.Value);
        RequestRules.WriteTime(writer, "applyTimeBegin", ApplyTimeBegin);
        RequestRules.WriteTime(writer, "applyTimeEnd", ApplyTimeEnd);
        RequestRules.WriteTime(writer, "approveTimeBegin", ApproveTimeBegin);
        RequestRules.WriteTime(writer, "approveTimeEnd", ApproveTimeEnd);
        RequestRules.WriteTime(writer, "finishTimeBegin", FinishTimeBegin);
        RequestRules.WriteTime(writer, "finishTimeEnd", FinishTimeEnd);
        RequestRules.WriteTime(writer, "updateTimeBegin", UpdateTimeBegin);
        RequestRules.WriteTime(writer, "updateTimeEnd", UpdateTimeEnd);
        RequestRules.WriteText(writer, "expressCode", ExpressCode);
        RequestRules.WriteNumber(writer, "orderType", OrderType);
        RequestRules.WriteNumber(writer, "processResult", ProcessResult);
        RequestRules.WriteText(writer, "customerPin", CustomerPin);
        RequestRules.WriteText(writer, "customerName", CustomerName);
        RequestRules.WriteText(writer, "customerTel", CustomerTel);
    }
}
