using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>An address as JD's area codes and a street address.</summary>
public sealed class AscAddress
{
    /// <summary>JD's province code.</summary>
    [JsonPropertyName("provinceCode")]
    public int? ProvinceCode { get; init; }

    /// <summary>JD's city code.</summary>
    [JsonPropertyName("cityCode")]
    public int? CityCode { get; init; }

    /// <summary>JD's county code.</summary>
    [JsonPropertyName("countyCode")]
    public int? CountyCode { get; init; }

    /// <summary>JD's town code (0 when none).</summary>
    [JsonPropertyName("villageCode")]
    public int? VillageCode { get; init; }

    /// <summary>The street address.</summary>
    [JsonPropertyName("detailAddress")]
    public string? DetailAddress { get; init; }
}
