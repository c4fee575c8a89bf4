using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The customer of a service order (<c>customerInfo</c>).</summary>
public sealed class AscCustomerInfo
{
    /// <summary>The customer's JD account.</summary>
    [JsonPropertyName("jdPin")]
    public string? JdPin { get; init; }

    /// <summary>The customer's name.</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The customer's JD membership grade.</summary>
    [JsonPropertyName("grade")]
    public int? Grade { get; init; }

    /// <summary>How to reach the customer.</summary>
    [JsonPropertyName("contactInfo")]
    [JsonConverter(typeof(JdObjectConverter<AscContactInfo>))]
    public AscContactInfo? ContactInfo { get; init; }
}
