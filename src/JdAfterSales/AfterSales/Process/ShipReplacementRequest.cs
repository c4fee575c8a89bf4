using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.process.renew</c> (<see cref="JosMethods.AscProcessRenew"/>): exchange the item for
/// a new one (换新) that JD ships from the given delivery center and warehouse. Sent by
/// <see cref="AfterSalesClient.ShipReplacementAsync"/>. For an exchange the shop ships itself, see
/// <see cref="RegisterOfflineExchangeRequest"/>.
/// </summary>
/// <remarks>
/// JD's Java and .NET SDK classes declare the item lists as text, so the client joins each with commas
/// (<c>"skuId":"100012,100013"</c>); JD's documentation calls them arrays. <c>docs/wire-shapes.md</c> records this.
/// </remarks>
public sealed record ShipReplacementRequest : AscShipmentRequest
{
    /// <summary>Why the item is exchanged, shown on the exchange (<c>applyDescription</c>).</summary>
    [JsonPropertyName("applyDescription")]
    public required string ApplyDescription { get; init; }

    /// <summary>JD's delivery center that ships the new item (<c>deliveryCenterId</c>).</summary>
    [JsonPropertyName("deliveryCenterId")]
    public required int DeliveryCenterId { get; init; }

    /// <summary>The delivery center's name (<c>deliveryCenterName</c>).</summary>
    [JsonPropertyName("deliveryCenterName")]
    public required string DeliveryCenterName { get; init; }

    /// <summary>JD's warehouse that holds the new item (<c>storeId</c>).</summary>
    [JsonPropertyName("storeId")]
    public required int StoreId { get; init; }

    /// <summary>Whether the customer pays freight (<c>collectFreightFlag</c>).</summary>
    [JsonPropertyName("collectFreightFlag")]
    public required bool CollectFreight { get; init; }

    /// <summary>The freight the customer pays, in yuan (<c>freightAmount</c>); only with <see cref="CollectFreight"/>.</summary>
    [JsonIgnore]
    public decimal? FreightAmount { get; init; }

    /// <summary>The items sent, optional; JD takes the service order's item when none is given.</summary>
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

    [JsonInclude]
    [JsonPropertyName("relationSkuId")]
    internal string? RelationSkuIdsOnWire => HasRelations ? AscWareLists.Join(Wares, w => AscWareLists.Text(w.RelationSkuId!.Value)) : null;

    [JsonInclude]
    [JsonPropertyName("relationWareType")]
    internal string? RelationWareTypesOnWire => HasRelations ? AscWareLists.Join(Wares, w => AscWareLists.Text(w.RelationWareType!.Value)) : null;

    private protected override string JosMethod => JosMethods.AscProcessRenew;

    private protected override bool VillageCodeRequired => true;

    private bool HasRelations => Wares is { Count: > 0 } && Wares.Any(w => w?.RelationSkuId is not null || w?.RelationWareType is not null);

    private protected override void ValidateShipment()
    {
        JdRequestRules.RequireText(ApplyDescription, "applyDescription", "why the item is exchanged");
        JdRequestRules.RequirePositive(DeliveryCenterId, "deliveryCenterId");
        JdRequestRules.RequireText(DeliveryCenterName, "deliveryCenterName", "the delivery center's name");
        JdRequestRules.RequirePositive(StoreId, "storeId");
        if (FreightAmount is { } amount)
        {
            if (!CollectFreight)
            {
                throw new JdValidationException("freightAmount", "is only sent when collectFreightFlag is true (the customer pays freight).");
            }

            AscWareLists.RequireMoney(amount, "freightAmount");
        }

        AscWareLists.RequireItems(Wares, required: false, "skuId");
        foreach (var ware in Wares ?? [])
        {
            ValidateWare(ware);
        }
    }

    private void ValidateWare(ReplacementWare ware)
    {
        AscWareLists.RequireWare(ware.SkuId, ware.WareName, ware.WareNumber);
        if (HasRelations && (ware.RelationSkuId is null || ware.RelationWareType is null))
        {
            throw new JdValidationException("relationSkuId", "must be set with relationWareType on every item, or on none: JD matches the lists by position.");
        }

        if (ware.RelationSkuId is { } relation)
        {
            JdRequestRules.RequirePositive(relation, "relationSkuId");
        }
    }
}
