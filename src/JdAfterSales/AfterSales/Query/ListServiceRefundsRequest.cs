using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.serviceAndRefund.view</c> (<see cref="JosMethods.AscServiceAndRefundView"/>): the
/// after-sales refunds (money) per order. Each time pair is given whole or not at all. JD declares only the shop
/// (<c>buId</c>) for this method, so no operator is sent. Sent by <see cref="AfterSalesClient.ListServiceRefundsAsync"/>.
/// </summary>
public sealed record ListServiceRefundsRequest : AscListRequest<ServiceRefund>
{
    private static readonly JdResponseContract<AscListPayload<ServiceRefundPage>, JdPage<ServiceRefund>> Contract =
        AscContracts.Page<ServiceRefundPage, ServiceRefund>(AfterSalesJsonContext.Default.AscListPayloadServiceRefundPage);

    /// <summary>Only refunds of this order (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

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

    internal override JdResponseContract<JdPage<ServiceRefund>> Response => Contract;

    private protected override string JosMethod => JosMethods.AscServiceAndRefundView;

    private protected override bool SendsOperatorIdentity => false;

    private protected override void ValidateFilters()
    {
        JdRequestRules.RequirePositive(OrderId, "orderId");
        JdRequestRules.RequireBoth(ApplyTimeBegin, ApplyTimeEnd, "applyTimeBegin", "applyTimeEnd");
        JdRequestRules.RequireOrder(ApplyTimeBegin, ApplyTimeEnd, "applyTimeBegin", "applyTimeEnd");
        JdRequestRules.RequireBoth(ApproveTimeBegin, ApproveTimeEnd, "approveTimeBegin", "approveTimeEnd");
        JdRequestRules.RequireOrder(ApproveTimeBegin, ApproveTimeEnd, "approveTimeBegin", "approveTimeEnd");
    }
}
