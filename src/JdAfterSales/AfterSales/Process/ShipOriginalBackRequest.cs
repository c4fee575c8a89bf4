using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.process.back</c> (<see cref="JosMethods.AscProcessBack"/>): ship the customer's own
/// item back (原返), repaired or as it came, by the carrier and waybill given. Sent by
/// <see cref="AfterSalesClient.ShipOriginalBackAsync"/>; undone by <see cref="CancelOriginalBackRequest"/>.
/// </summary>
public sealed record ShipOriginalBackRequest : AscShipmentRequest
{
    /// <summary>JD's carrier id (<c>shipWayId</c>), for example 10 for JD Express; -10 is "another carrier".</summary>
    [JsonPropertyName("shipWayId")]
    public required int ShipWayId { get; init; }

    /// <summary>The carrier's name as the shop states it (<c>shipWayName</c>).</summary>
    [JsonPropertyName("shipWayName")]
    public required string ShipWayName { get; init; }

    /// <summary>The waybill number (<c>expressCode</c>), optional.</summary>
    [JsonPropertyName("expressCode")]
    public string? ExpressCode { get; init; }

    /// <summary>JD's code for whether the item was repaired (<c>repairState</c>, 是否已维修), optional; JD documents no values.</summary>
    [JsonPropertyName("repairState")]
    public int? RepairState { get; init; }

    /// <summary>What the shop tells the customer about the item (<c>applyRemark</c>), optional.</summary>
    [JsonPropertyName("applyRemark")]
    public string? ApplyRemark { get; init; }

    /// <summary>The spare parts' bar codes (<c>partCodes</c>), as one text, optional.</summary>
    [JsonPropertyName("partCodes")]
    public string? PartCodes { get; init; }

    /// <summary>How many items go back (<c>wareNum</c>), optional.</summary>
    [JsonPropertyName("wareNum")]
    public int? WareNumber { get; init; }

    private protected override string JosMethod => JosMethods.AscProcessBack;

    private protected override bool VillageCodeRequired => false;

    private protected override void ValidateShipment()
    {
        AscShipping.RequireCarrier(ShipWayId, ShipWayName);
        AscShipping.RequireWareNum(WareNumber);
    }
}
