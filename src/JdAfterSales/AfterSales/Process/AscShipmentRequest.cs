using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// A processing write that sends an item to the customer: the customer's own item back, or a new one. JD takes the
/// receiver flattened into <c>consigneeName</c>, <c>consigneeTel</c>, <c>provinceCode</c>… <c>detailAddress</c>.
/// </summary>
public abstract record AscShipmentRequest : AscWriteRequest
{
    private protected AscShipmentRequest()
    {
    }

    /// <summary>Who receives the item, and where (<c>consigneeName</c>… <c>detailAddress</c> parameters).</summary>
    [JsonIgnore]
    public required ConsigneeAddress Consignee { get; init; }

    /// <summary>An internal remark kept in the service order's history (<c>operateRemark</c>), optional.</summary>
    [JsonPropertyName("operateRemark")]
    public string? OperateRemark { get; init; }

    [JsonInclude]
    [JsonPropertyName("consigneeName")]
    internal string? ConsigneeName => Consignee?.Name;

    [JsonInclude]
    [JsonPropertyName("consigneeTel")]
    internal string? ConsigneeTel => Consignee?.Tel;

    [JsonInclude]
    [JsonPropertyName("provinceCode")]
    internal int? ProvinceCode => Consignee?.ProvinceCode;

    [JsonInclude]
    [JsonPropertyName("cityCode")]
    internal int? CityCode => Consignee?.CityCode;

    [JsonInclude]
    [JsonPropertyName("countyCode")]
    internal int? CountyCode => Consignee?.CountyCode;

    [JsonInclude]
    [JsonPropertyName("villageCode")]
    internal int? VillageCode => Consignee?.VillageCode;

    [JsonInclude]
    [JsonPropertyName("detailAddress")]
    internal string? DetailAddress => Consignee?.DetailAddress;

    /// <summary>Whether JD requires the town code for this shipment.</summary>
    private protected abstract bool VillageCodeRequired { get; }

    private protected sealed override void ValidateDecision()
    {
        if (Consignee is null)
        {
            throw new JdValidationException("consigneeName", "is required: who receives the item, and where.");
        }

        Consignee.Validate(VillageCodeRequired);
        ValidateShipment();
    }

    /// <summary>Refuses the shipment's own parameters.</summary>
    private protected abstract void ValidateShipment();
}
