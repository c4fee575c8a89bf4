using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A contact of a service order (<c>contactInfo</c>).</summary>
public sealed class AscContactInfo
{
    /// <summary>The contact's name.</summary>
    [JsonInclude]
    [JsonPropertyName("contactName")]
    public string? ContactName { get; internal set; }

    /// <summary>The contact's phone, as JD masks it.</summary>
    [JsonInclude]
    [JsonPropertyName("contactTel")]
    public string? ContactTel { get; internal set; }

    /// <summary>The contact's mobile, as JD masks it.</summary>
    [JsonInclude]
    [JsonPropertyName("contactMobile")]
    public string? ContactMobile { get; internal set; }

    /// <summary>The contact's postal code.</summary>
    [JsonInclude]
    [JsonPropertyName("contactZipcode")]
    public string? ContactZipcode { get; internal set; }
}
