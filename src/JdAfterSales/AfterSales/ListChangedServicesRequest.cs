using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.sync.list</c>: service orders that changed in a time window, for incremental sync.</summary>
public sealed record ListChangedServicesRequest : AscListRequest, IJdRequest<AscListResponse<ServiceBriefPage>>
{
    /// <summary>Only this service order (<c>serviceId</c>).</summary>
    public long? ServiceId { get; init; }

    /// <summary>Only service orders of this order (<c>orderId</c>).</summary>
    public long? OrderId { get; init; }

    /// <summary>Only service orders in this status (<c>serviceStatus</c>).</summary>
    public ServiceStatus? Status { get; init; }

    /// <summary>Only this JD order type (<c>orderType</c>).</summary>
    public int? OrderType { get; init; }

    /// <summary>Changed at or after; given together with <see cref="UpdateTimeEnd"/> (<c>updateTimeBegin</c>).</summary>
    public DateTimeOffset? UpdateTimeBegin { get; init; }

    /// <summary>Changed at or before; given together with <see cref="UpdateTimeBegin"/> (<c>updateTimeEnd</c>).</summary>
    public DateTimeOffset? UpdateTimeEnd { get; init; }

    /// <summary>Return waybill changed at or after; given together with <see cref="FreightUpdateDateEnd"/> (<c>freightUpdateDateBegin</c>).</summary>
    public DateTimeOffset? FreightUpdateDateBegin { get; init; }

    /// <summary>Return waybill changed at or before; given together with <see cref="FreightUpdateDateBegin"/> (<c>freightUpdateDateEnd</c>).</summary>
    public DateTimeOffset? FreightUpdateDateEnd { get; init; }

    /// <summary><c>jingdong.asc.sync.list</c>.</summary>
    public string Method => "jingdong.asc.sync.list";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<AscListResponse<ServiceBriefPage>> IJdRequest<AscListResponse<ServiceBriefPage>>.ResponseTypeInfo => AfterSalesJsonContext.Default.AscListResponseServiceBriefPage;

    void IJdRequest<AscListResponse<ServiceBriefPage>>.WriteParameters(Utf8JsonWriter writer) => WriteList(writer);

    private protected override void CheckFilters()
    {
        RequestRules.RequirePositive(ServiceId, "serviceId");
        RequestRules.RequirePositive(OrderId, "orderId");
        RequestRules.RequireBoth(UpdateTimeBegin, UpdateTimeEnd, "updateTimeBegin", "updateTimeEnd");
        RequestRules.RequireOrder(UpdateTimeBegin, UpdateTimeEnd, "updateTimeBegin", "updateTimeEnd");
        RequestRules.RequireBoth(FreightUpdateDateBegin, FreightUpdateDateEnd, "freightUpdateDateBegin", "freightUpdateDateEnd");
        RequestRules.RequireOrder(FreightUpdateDateBegin, FreightUpdateDateEnd, "freightUpdateDateBegin", "freightUpdateDateEnd");
    }

    private protected override void WriteFilters(Utf8JsonWriter writer)
    {
        RequestRules.WriteNumber(writer, "serviceId", ServiceId);
        RequestRules.WriteNumber(writer, "orderId", OrderId);
        RequestRules.WriteNumber(writer, "serviceStatus", Status?.Value);
        RequestRules.WriteNumber(writer, "orderType", OrderType);
        RequestRules.WriteTime(writer, "updateTimeBegin", UpdateTimeBegin);
        RequestRules.WriteTime(writer, "updateTimeEnd", UpdateTimeEnd);
        RequestRules.WriteTime(writer, "freightUpdateDateBegin", FreightUpdateDateBegin);
        RequestRules.WriteTime(writer, "freightUpdateDateEnd", FreightUpdateDateEnd);
    }
}
