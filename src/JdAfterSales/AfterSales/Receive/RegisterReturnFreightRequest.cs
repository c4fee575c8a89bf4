using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.freight.save</c> (<see cref="JosMethods.AscFreightSave"/>): save the waybill and the
/// freight of goods coming back (保存运单), for example when the customer gave them by phone. Sent by
/// <see cref="AfterSalesClient.RegisterReturnFreightAsync"/>; read back with <see cref="GetReturnFreightRequest"/>.
/// </summary>
public sealed record RegisterReturnFreightRequest : AscServiceWriteRequest
{
    /// <summary>The freight, in yuan (<c>freightMoney</c>, a number as JD's Java class declares), which JD requires.</summary>
    [JsonPropertyName("freightMoney")]
    public required decimal FreightMoney { get; init; }

    /// <summary>The waybill number (<c>expressCode</c>), optional.</summary>
    [JsonPropertyName("expressCode")]
    public string? ExpressCode { get; init; }

    /// <summary>The carrier's name (<c>expressCompany</c>), optional.</summary>
    [JsonPropertyName("expressCompany")]
    public string? ExpressCompany { get; init; }

    /// <summary>JD's carrier id (<c>shipWayId</c>), optional.</summary>
    [JsonPropertyName("shipWayId")]
    public int? ShipWayId { get; init; }

    private protected override string JosMethod => JosMethods.AscFreightSave;

    private protected override void ValidateWrite()
    {
        AscWareLists.RequireMoney(FreightMoney, "freightMoney");

        if (ShipWayId == 0)
        {
            throw new JdValidationException("shipWayId", "must be a JD carrier id (for example 10 for JD Express), or left unset.");
        }
    }
}
