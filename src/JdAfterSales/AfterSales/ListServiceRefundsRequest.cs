using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.serviceAndRefund.view</c>: the after-sales refunds (money) per order. Every filter is optional; JD needs only <c>buId</c> of the operator.</summary>
public sealed record ListServiceRefundsRequest : AscListRequest, IJdRequest<AscListResponse<ServiceRefundPage>>
{
    /// <summary>Only refunds of this order (<c>orderId</c>).</summary>
    public long? OrderId { get; init; }

    /// <summary>Applied at or after; given together with <see cref="ApplyTimeEnd"/> (<c>applyTimeBegin</c>).</summary>
    public DateTimeOffset? ApplyTimeBegin { get; init; }

    /// <summary>Applied at or before; given together with <see cref="ApplyTimeBegin"/> (<c>applyTimeEnd</c>).</summary>
    public DateTimeOffset? ApplyTimeEnd { get; init; }

    /// <summary>Audited at or after; given together with <see cref="ApproveTimeEnd"/> (<c>approveTimeBegin</c>).</summary>
    public DateTimeOffset? ApproveTimeBegin { get; init; }

    /// <summary>Audited at or before; given together with <see cref="ApproveTimeBegin"/> (<c>approveTimeEnd</c>).</summary>
    public DateTimeOffset? ApproveTimeEnd { get; init; }

    /// <summary><c>jingdong.asc.serviceAndRefund.view</c>.</summary>
    public string Method => "jingdong.asc.serviceAndRefund.view";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<AscListResponse<ServiceRefundPage>> IJdRequest<AscListResponse<ServiceRefundPage>>.ResponseTypeInfo => AfterSalesJsonContext.Default.AscListResponseServiceRefundPage;

    private protected override bool RequiresOperatorIdentity => false;

    void IJdRequest<AscListResponse<ServiceRefundPage>>.WriteParameters(Utf8JsonWriter writer) => WriteList(writer);

    private protected override void CheckFilters()
    {
        RequestRules.RequirePositive(OrderId, "orderId");
        RequestRules.RequireBoth(ApplyTimeBegin, ApplyTimeEnd, "applyTimeBegin", "applyTimeEnd");
        RequestRules.RequireOrder(ApplyTimeBegin, ApplyTimeEnd, "applyTimeBegin", "applyTimeEnd");
        RequestRules.RequireBoth(ApproveTimeBegin, ApproveTimeEnd, "approveTimeBegin", "approveTimeEnd");
        RequestRules.RequireOrder(ApproveTimeBegin, ApproveTimeEnd, "approveTimeBegin", "approveTimeEnd");
    }

    private protected override void WriteFilters(Utf8JsonWriter writer)
    {
        RequestRules.WriteNumber(writer, "orderId", OrderId);
        RequestRules.WriteTime(writer, "applyTimeBegin", ApplyTimeBegin);
        RequestRules.WriteTime(writer, "applyTimeEnd", ApplyTimeEnd);
        RequestRules.WriteTime(writer, "approveTimeBegin", ApproveTimeBegin);
        RequestRules.WriteTime(writer, "approveTimeEnd", ApproveTimeEnd);
    }
}
