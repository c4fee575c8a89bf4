using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The customer of a service order (<c>customerInfo</c>).</summary>
public sealed class AscCustomerInfo
{
    /// <summary>The customer's JD account.</summary>
    [JsonInclude]
    [JsonPropertyName("jdPin")]
    public string? JdPin { get; internal set; }

    /// <summary>The customer's name.</summary>
    [JsonInclude]
    [JsonPropertyName("name")]
    public string? Name { get; internal set; }

    /// <summary>The customer's JD membership grade.</summary>
    [JsonInclude]
    [JsonPropertyName("grade")]
    public int? Grade { get; internal set; }

    /// <summary>How to reach the customer.</summary>
    [JsonInclude]
    [JsonPropertyName("contactInfo")]
    [JsonConverter(typeof(JdObjectConverter<AscContactInfo>))]
    public AscContactInfo? ContactInfo { get; internal set; }
}
