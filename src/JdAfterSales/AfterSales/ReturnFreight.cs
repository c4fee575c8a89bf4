using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The waybill of goods coming back (<c>jingdong.asc.freight.view</c>).</summary>
public sealed class ReturnFreight
{
    /// <summary>The service order.</summary>
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; init; }

    /// <summary>The waybill number.</summary>
    [JsonPropertyName("expressCode")]
    public string? ExpressCode { get; init; }

    /// <summary>The carrier.</summary>
    [JsonPropertyName("expressCompany")]
    public string? ExpressCompany { get; init; }

    /// <summary>The freight the customer paid, in yuan.</summary>
    [JsonPropertyName("freightMoney")]
    public decimal? FreightMoney { get; init; }

    /// <summary>The freight finally settled, in yuan.</summary>
    [JsonPropertyName("finalFreightMoney")]
    public decimal? FinalFreightMoney { get; init; }

    /// <summary>The freight after a change, in yuan.</summary>
    [JsonPropertyName("modifiedMoney")]
    public decimal? ModifiedMoney { get; init; }

    /// <summary>Whether the waybill was used before.</summary>
    [JsonPropertyName("repeatFreightFlag")]
    public bool? RepeatedFreight { get; init; }

    /// <summary>When the goods were shipped (Beijing time).</summary>
    [JsonPropertyName("deliveryDate")]
    public DateTimeOffset? DeliveryDate { get; init; }

    /// <summary>When the waybill was first entered (Beijing time).</summary>
    [JsonPropertyName("firstUploadDate")]
    public DateTimeOffset? FirstUploadDate { get; init; }

    /// <summary>JD's carrier id.</summary>
    [JsonPropertyName("shipWayId")]
    public long? ShipWayId { get; init; }
}
