using System.Text.Json.Serialization;

namespace JdAfterSales.Orders;

/// <summary>Where an order goes (<c>consigneeInfo</c>); JD sends names, phones and addresses masked.</summary>
public sealed class OrderConsignee
{
    /// <summary>The consignee's name, masked (<c>fullname</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("fullname")]
    public string? FullName { get; internal set; }

    /// <summary>The mobile phone, masked (<c>mobile</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("mobile")]
    public string? Mobile { get; internal set; }

    /// <summary>The landline, masked (<c>telephone</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("telephone")]
    public string? Telephone { get; internal set; }

    /// <summary>The address, masked (<c>fullAddress</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("fullAddress")]
    public string? FullAddress { get; internal set; }

    /// <summary>The province (<c>province</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("province")]
    public string? Province { get; internal set; }

    /// <summary>The city (<c>city</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("city")]
    public string? City { get; internal set; }

    /// <summary>The county (<c>county</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("county")]
    public string? County { get; internal set; }

    /// <summary>The province's area code (<c>provinceId</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("provinceId")]
    public int? ProvinceId { get; internal set; }

    /// <summary>The city's area code (<c>cityId</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("cityId")]
    public int? CityId { get; internal set; }
}
