using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.doorRenew</c> (<see cref="JosMethods.AscAuditDoorRenew"/>): approve an exchange
/// done at the door (上门换新): JD brings the new item from the given delivery center and warehouse and takes the old
/// one back. Sent by <see cref="AfterSalesClient.ApproveForDoorExchangeAsync"/>.
/// </summary>
/// <remarks>
/// JD's classes declare the item lists as text, so they go comma-joined, as for <see cref="ShipReplacementRequest"/>;
/// JD declares no relation lists for this method, so an item with <see cref="ReplacementWare.RelationSkuId"/> set is
/// refused.
/// </remarks>
public sealed record ApproveForDoorExchangeRequest : AscDoorPickupApprovalRequest
{
    /// <summary>JD's delivery center that brings the new item (<c>deliveryCenterId</c>).</summary>
    [JsonPropertyName("deliveryCenterId")]
    public required int DeliveryCenterId { get; init; }

    /// <summary>The delivery center's name (<c>deliveryCenterName</c>), optional.</summary>
    [JsonPropertyName("deliveryCenterName")]
    public string? DeliveryCenterName { get; init; }

    /// <summary>JD's warehouse that holds the new item (<c>storeId</c>).</summary>
    [JsonPropertyName("storeId")]
    public required int StoreId { get; init; }

    /// <summary>The freight the customer pays, in yuan (<c>freightAmount</c>), optional.</summary>
    [JsonIgnore]
    public decimal? FreightAmount { get; init; }

    /// <summary>The new items, optional; JD takes the service order's item when none is given.</summary>
    [JsonIgnore]
    public IReadOnlyList<ReplacementWare>? Wares { get; init; }

    [JsonInclude]
    [JsonPropertyName("freightAmount")]
    internal string? FreightAmountOnWire => FreightAmount is { } amount ? AscWareLists.Money(amount) : null;

    [JsonInclude]
    [JsonPropertyName("skuId")]
    internal string? SkuIdsOnWire => AscWareLists.Join(Wares, w => AscWareLists.Text(w.SkuId));

    [JsonInclude]
    [JsonPropertyName("wareName")]
    internal string? WareNamesOnWire => AscWareLists.Join(Wares, w => w.WareName);

    [JsonInclude]
    [JsonPropertyName("wareNum")]
    internal string? WareNumbersOnWire => AscWareLists.Join(Wares, w => AscWareLists.Text(w.WareNumber));

    private protected override string JosMethod => JosMethods.AscAuditDoorRenew;

    private protected override void ValidatePickupApproval()
    {
        JdRequestRules.RequirePositive(DeliveryCenterId, "deliveryCenterId");
        JdRequestRules.RequirePositive(StoreId, "storeId");
        if (FreightAmount is { } amount)
        {
            AscWareLists.RequireMoney(amount, "freightAmount");
        }

        AscWareLists.RequireItems(Wares, required: false, "skuId");
        foreach (var ware in Wares ?? [])
        {
            AscWareLists.RequireWare(ware.SkuId, ware.WareName, ware.WareNumber);
            if (ware.RelationSkuId is not null || ware.RelationWareType is not null)
            {
                throw new JdValidationException("relationSkuId", "is not taken by jingdong.asc.audit.doorRenew: leave RelationSkuId and RelationWareType unset.");
            }
        }
    }
}
