using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.reissue</c> (<see cref="JosMethods.AscAuditReissue"/>): approve by re-sending
/// the item offline (线下补发) with the carrier and waybill given; nothing comes back. Sent by
/// <see cref="AfterSalesClient.ApproveForReissueAsync"/>.
/// </summary>
public sealed record ApproveForReissueRequest : AscAuditRequest
{
    /// <summary>The waybill of the re-sent item (<c>expressCode</c>).</summary>
    [JsonPropertyName("expressCode")]
    public required string ExpressCode { get; init; }

    /// <summary>JD's carrier id (<c>shipWayId</c>), for example 10 for JD Express; -10 is "another carrier".</summary>
    [JsonIgnore]
    public required int ShipWayId { get; init; }

    /// <summary>The carrier's name as the shop states it (<c>shipWayName</c>).</summary>
    [JsonPropertyName("shipWayName")]
    public required string ShipWayName { get; init; }

    /// <summary>How many items are re-sent (<c>wareNum</c>), optional.</summary>
    [JsonPropertyName("wareNum")]
    public int? WareNumber { get; init; }

    /// <summary>JD's SDK classes declare <c>shipWayId</c> of this method a string.</summary>
    [JsonInclude]
    [JsonPropertyName("shipWayId")]
    internal string ShipWayIdOnWire => ShipWayId.ToString(CultureInfo.InvariantCulture);

    private protected override string JosMethod => JosMethods.AscAuditReissue;

    private protected override void ValidateApproval()
    {
        JdRequestRules.RequireText(ExpressCode, "expressCode", "the waybill of the re-sent item");
        AscShipping.RequireCarrier(ShipWayId, ShipWayName);
        AscShipping.RequireWareNum(WareNumber);
    }
}
