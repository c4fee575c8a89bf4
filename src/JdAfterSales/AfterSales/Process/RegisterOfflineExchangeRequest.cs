using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.process.offline.change</c> (<see cref="JosMethods.AscProcessOfflineChange"/>): record
/// an exchange the shop shipped itself (线下换新) with its carrier and waybill, or that it did not resolve the case.
/// Sent by <see cref="AfterSalesClient.RegisterOfflineExchangeAsync"/>; undone by
/// <see cref="CancelOfflineExchangeRequest"/>.
/// </summary>
public sealed record RegisterOfflineExchangeRequest : AscWriteRequest
{
    /// <summary>The main item's <c>wareType</c>, which JD's integrators send unless told otherwise.</summary>
    public const int MainItemWareType = 10;

    /// <summary>What the exchange came to (<c>opFlag</c>).</summary>
    [JsonPropertyName("opFlag")]
    public required OfflineExchangeOutcome Outcome { get; init; }

    /// <summary>JD's carrier id (<c>shipWayId</c>), for example 10 for JD Express; -10 is "another carrier".</summary>
    [JsonPropertyName("shipWayId")]
    public required int ShipWayId { get; init; }

    /// <summary>The carrier's name as the shop states it (<c>shipWayName</c>).</summary>
    [JsonPropertyName("shipWayName")]
    public required string ShipWayName { get; init; }

    /// <summary>The waybill number of the new item (<c>expressCode</c>).</summary>
    [JsonPropertyName("expressCode")]
    public required string ExpressCode { get; init; }

    /// <summary>JD's ware type of what was sent (<c>wareType</c>); <see cref="MainItemWareType"/> unless set.</summary>
    [JsonIgnore]
    public int WareType { get; init; } = MainItemWareType;

    /// <summary>JD's id of the waybill (<c>partExpressId</c>), optional.</summary>
    [JsonPropertyName("partExpressId")]
    public long? PartExpressId { get; init; }

    /// <summary>A related bill of the shop's own, such as its outbound order (<c>relationBillId</c>), optional.</summary>
    [JsonPropertyName("relationBillId")]
    public string? RelationBillId { get; init; }

    /// <summary>Which team sent it (<c>partSrc</c>: 10 the shipping team, 20 the invoice team), optional.</summary>
    [JsonPropertyName("partSrc")]
    public int? PartSource { get; init; }

    /// <summary>How many items were sent (<c>wareNum</c>), optional.</summary>
    [JsonPropertyName("wareNum")]
    public int? WareNumber { get; init; }

    /// <summary>An internal remark kept in the service order's history (<c>operateRemark</c>), optional.</summary>
    [JsonPropertyName("operateRemark")]
    public string? OperateRemark { get; init; }

    /// <summary>JD's SDK classes declare <c>wareType</c> a string.</summary>
    [JsonInclude]
    [JsonPropertyName("wareType")]
    internal string WareTypeOnWire => WareType.ToString(CultureInfo.InvariantCulture);

    private protected override string JosMethod => JosMethods.AscProcessOfflineChange;

    private protected override void ValidateDecision()
    {
        if (!Enum.IsDefined(Outcome))
        {
            throw new JdValidationException("opFlag", "must be Exchanged (1) or Unresolved (2).");
        }

        AscShipping.RequireCarrier(ShipWayId, ShipWayName);
        JdRequestRules.RequireText(ExpressCode, "expressCode", "the waybill number of the new item");
        if (WareType <= 0)
        {
            throw new JdValidationException("wareType", "must be a positive JD ware type (10 for the main item).");
        }

        JdRequestRules.RequirePositive(PartExpressId, "partExpressId");
        if (PartSource is { } source && source is not (10 or 20))
        {
            throw new JdValidationException("partSrc", "must be 10 (the shipping team) or 20 (the invoice team).");
        }

        AscShipping.RequireWareNum(WareNumber);
    }
}
