using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// An approval where JD picks the goods up at the customer's door: JD takes the pickup address flattened into
/// <c>pickup*</c> parameters, beside the return address.
/// </summary>
public abstract record AscDoorPickupApprovalRequest : AscApprovalRequest
{
    private protected AscDoorPickupApprovalRequest()
    {
    }

    /// <summary>Where JD picks the goods up (<c>pickupContactName</c>, <c>pickupProvince</c>… parameters).</summary>
    [JsonIgnore]
    public required AscContactAddress PickupAddress { get; init; }

    /// <summary>JD's return address type (<c>returnAddressType</c>).</summary>
    [JsonPropertyName("returnAddressType")]
    public required int ReturnAddressType { get; init; }

    /// <summary>Whether to add the pickup to an existing one (<c>appendPickware</c>), optional.</summary>
    [JsonPropertyName("appendPickware")]
    public bool? AppendPickware { get; init; }

    [JsonInclude]
    [JsonPropertyName("pickupContactName")]
    internal string? PickupContactName => PickupAddress?.ContactName;

    [JsonInclude]
    [JsonPropertyName("pickupContactTel")]
    internal string? PickupContactTel => PickupAddress?.ContactTel;

    [JsonInclude]
    [JsonPropertyName("pickupContactMobile")]
    internal string? PickupContactMobile => PickupAddress?.ContactMobile;

    [JsonInclude]
    [JsonPropertyName("pickupZipcode")]
    internal string? PickupZipcode => PickupAddress?.Zipcode;

    [JsonInclude]
    [JsonPropertyName("pickupProvince")]
    internal int? PickupProvince => PickupAddress?.Province;

    [JsonInclude]
    [JsonPropertyName("pickupCity")]
    internal int? PickupCity => PickupAddress?.City;

    [JsonInclude]
    [JsonPropertyName("pickupCounty")]
    internal int? PickupCounty => PickupAddress?.County;

    [JsonInclude]
    [JsonPropertyName("pickupVillage")]
    internal int? PickupVillage => PickupAddress?.Village;

    [JsonInclude]
    [JsonPropertyName("pickupDetailAddress")]
    internal string? PickupDetailAddress => PickupAddress?.DetailAddress;

    private protected sealed override void ValidateReturnRoute()
    {
        if (PickupAddress is null)
        {
            throw new JdValidationException("pickupContactName", "is required: where JD picks the goods up.");
        }

        PickupAddress.Validate("pickup", zipcodeRequired: false);
        ValidatePickupApproval();
    }

    /// <summary>Refuses what the approval adds to the pickup; nothing unless overridden.</summary>
    private protected virtual void ValidatePickupApproval()
    {
    }
}
