using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>An address as JD's area codes and a street address.</summary>
public sealed class AscAddress
{
    /// <summary>JD's province code.</summary>
    [JsonInclude]
    [JsonPropertyName("provinceCode")]
    public int? ProvinceCode { get; internal set; }

    /// <summary>JD's city code.</summary>
    [JsonInclude]
    [JsonPropertyName("cityCode")]
    public int? CityCode { get; internal set; }

    /// <summary>JD's county code.</summary>
    [JsonInclude]
    [JsonPropertyName("countyCode")]
    public int? CountyCode { get; internal set; }

    /// <summary>JD's town code (0 when none).</summary>
    [JsonInclude]
    [JsonPropertyName("villageCode")]
    public int? VillageCode { get; internal set; }

    /// <summary>The street address.</summary>
    [JsonInclude]
    [JsonPropertyName("detailAddress")]
    public string? DetailAddress { get; internal set; }
}
