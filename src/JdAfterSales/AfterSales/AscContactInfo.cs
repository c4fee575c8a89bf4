using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>A contact of a service order (<c>contactInfo</c>).</summary>
public sealed class AscContactInfo
{
    /// <summary>The contact's name.</summary>
    [JsonPropertyName("contactName")]
    public string? ContactName { get; init; }

    /// <summary>The contact's phone, as JD masks it.</summary>
    [JsonPropertyName("contactTel")]
    public string? ContactTel { get; init; }

    /// <summary>The contact's mobile, as JD masks it.</summary>
    [JsonPropertyName("contactMobile")]
    public string? ContactMobile { get; init; }

    /// <summary>The contact's postal code.</summary>
    [JsonPropertyName("contactZipcode")]
    public string? ContactZipcode { get; init; }
}
