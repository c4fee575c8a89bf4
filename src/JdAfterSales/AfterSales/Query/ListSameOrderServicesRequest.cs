using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.sameorder.list</c> (<see cref="JosMethods.AscSameorderList"/>): the other service
/// orders of the order a service order is for. Sent by <see cref="AfterSalesClient.ListSameOrderServicesAsync"/>.
/// </summary>
public sealed record ListSameOrderServicesRequest : AscListRequest<SameOrderService>
{
    private static readonly JdResponseContract<AscListPayload<SameOrderServicePage>, JdPage<SameOrderService>> Contract =
        AscContracts.Page<SameOrderServicePage, SameOrderService>(AfterSalesJsonContext.Default.AscListPayloadSameOrderServicePage);

    /// <summary>The service order whose order is looked at (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public required long ServiceId { get; init; }

    /// <summary>That service order's order (<c>orderId</c>).</summary>
    [JsonPropertyName("orderId")]
    public required long OrderId { get; init; }

    internal override JdResponseContract<JdPage<SameOrderService>> Response => Contract;

    private protected override string JosMethod => JosMethods.AscSameorderList;

    private protected override void ValidateFilters()
    {
        JdRequestRules.RequirePositive(ServiceId, "serviceId");
        JdRequestRules.RequirePositive(OrderId, "orderId");
    }
}
