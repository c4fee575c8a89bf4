using System.Text.Json.Serialization;

namespace JdAfterSales.Orders;

/// <summary>Where an order goes (<c>consigneeInfo</c>); JD sends names, phones and addresses masked.</summary>
public sealed class OrderConsignee
{
    /// <summary>The consignee's name, masked (<c>fullname</c>).</summary>
    [JsonPropertyName("fullname")]
    public string? FullName { get; init; }

    /// <summary>The mobile phone, masked (<c>mobile</c>).</summary>
    [JsonPropertyName("mobile")]
    public string? Mobile { get; init; }

    /// <summary>The landline, masked (<c>telephone</c>).</summary>
    [JsonPropertyName("telephone")]
    public string? Telephone { get; init; }

    /// <summary>The address, masked (<c>fullAddress</c>).</summary>
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

    /// <summary>The province's area code (<c>provinceId</c>).</summary>
    [JsonPropertyName("provinceId")]
    public int? ProvinceId { get; init; }

    /// <summary>The city's area code (<c>cityId</c>).</summary>
    [JsonPropertyName("cityId")]
    public int? CityId { get; init; }
}
