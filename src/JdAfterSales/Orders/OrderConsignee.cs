using System.Text.Json.Serialization;

namespace JdAfterSales.Orders;

/// <summary>The consignee of an order (<c>consigneeInfo</c>); JD masks names, phones and addresses.</summary>
public sealed class OrderConsignee
{
    /// <summary>The name (<c>fullname</c>).</summary>
    [JsonPropertyName("fullname")]
    public string? FullName { get; init; }

    /// <summary>The landline (<c>telephone</c>).</summary>
    [JsonPropertyName("telephone")]
    public string? Telephone { get; init; }

    /// <summary>The mobile (<c>mobile</c>).</summary>
    [JsonPropertyName("mobile")]
    public string? Mobile { get; init; }

    /// <summary>The desensitized landline (<c>desen_telephone</c>).</summary>
    [JsonPropertyName("desen_telephone")]
    public string? DesensitizedTelephone { get; init; }

    /// <summary>The desensitized mobile (<c>desen_mobile</c>).</summary>
    [JsonPropertyName("desen_mobile")]
    public string? DesensitizedMobile { get; init; }

    /// <summary>The full address (<c>fullAddress</c>).</summary>
    [JsonPropertyName("fullAddress")]
    public string? FullAddress { get; init; }

    /// <summary>The province (<c>province</c>).</summary>
    [JsonPropertyName("province")]
    public string? Province { get; init; }

    /// <summary>The city (<c>city</c>).</summary>
    [JsonPropertyName("city")]
    public string? City { get; init; }

    /// <summary>The county (<c>county</c>).</summary>
    [JsonPropertyName("county")]
    public string? County { get; init; }

    /// <summary>The town (<c>town</c>).</summary>
    [JsonPropertyName("town")]
    public string? Town { get; init; }

    /// <summary>JD's province code (<c>provinceId</c>).</summary>
    [JsonPropertyName("provinceId")]
    public long? ProvinceId { get; init; }

    /// <summary>JD's city code (<c>cityId</c>).</summary>
    [JsonPropertyName("cityId")]
    public long? CityId { get; init; }

    /// <summary>JD's county code (<c>countyId</c>).</summary>
    [JsonPropertyName("countyId")]
    public long? CountyId { get; init; }

    /// <summary>JD's town code (<c>townId</c>).</summary>
    [JsonPropertyName("townId")]
    public long? TownId { get; init; }
}
