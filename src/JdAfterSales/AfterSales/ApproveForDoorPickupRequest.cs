using System.Text.Json;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.audit.homepick</c>: approve, and JD picks the goods up at the customer's door.</summary>
public sealed record ApproveForDoorPickupRequest : AscApprovalRequest
{
    /// <summary>Where JD picks the goods up (<c>pickupContactName</c>, <c>pickupProvince</c>… parameters).</summary>
    public required AscContactAddress PickupAddress { get; init; }

    /// <summary>JD's return address type (<c>returnAddressType</c>).</summary>
    public required int ReturnAddressType { get; init; }

    /// <summary>Whether to add the pickup to an existing one (<c>appendPickware</c>), optional.</summary>
    public bool? AppendPickware { get; init; }

    /// <summary>JD's pickup standard (<c>pickupStandard</c>), optional.</summary>
    public string? PickupStandard { get; init; }

    /// <summary><c>jingdong.asc.audit.homepick</c>.</summary>
    public override string Method => "jingdong.asc.audit.homepick";

    private protected override void WriteReturnRoute(Utf8JsonWriter writer)
    {
        if (PickupAddress is null)
        {
            throw new JdValidationException("pickupContactName", "is required: where JD picks the goods up.");
        }

        PickupAddress.WriteTo(writer, "pickup", zipcodeRequired: false);
        writer.WriteNumber("returnAddressType", ReturnAddressType);
        RequestRules.WriteFlag(writer, "appendPickware", AppendPickware);
        RequestRules.WriteText(writer, "pickupStandard", PickupStandard);
    }
}
