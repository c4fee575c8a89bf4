using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The waybill of goods coming back (<c>jingdong.asc.freight.view</c>).</summary>
public sealed class ReturnFreight
{
    /// <summary>The service order.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; internal set; }

    /// <summary>The waybill number.</summary>
    [JsonInclude]
    [JsonPropertyName("expressCode")]
    public string? ExpressCode { get; internal set; }

    /// <summary>The carrier.</summary>
    [JsonInclude]
    [JsonPropertyName("expressCompany")]
    public string? ExpressCompany { get; internal set; }

    /// <summary>The freight the customer paid, in yuan.</summary>
    [JsonInclude]
    [JsonPropertyName("freightMoney")]
    public decimal? FreightMoney { get; internal set; }

    /// <summary>The freight finally settled, in yuan.</summary>
    [JsonInclude]
    [JsonPropertyName("finalFreightMoney")]
    public decimal? FinalFreightMoney { get; internal set; }

    /// <summary>The freight after a change, in yuan.</summary>
    [JsonInclude]
    [JsonPropertyName("modifiedMoney")]
    public decimal? ModifiedMoney { get; internal set; }

    /// <summary>Whether the waybill was used before.</summary>
    [JsonInclude]
    [JsonPropertyName("repeatFreightFlag")]
    public bool? RepeatedFreight { get; internal set; }

    /// <summary>When the goods were shipped (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("deliveryDate")]
    public DateTimeOffset? DeliveryDate { get; internal set; }

    /// <summary>When the waybill was first entered (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("firstUploadDate")]
    public DateTimeOffset? FirstUploadDate { get; internal set; }

    /// <summary>JD's carrier id.</summary>
    [JsonInclude]
    [JsonPropertyName("shipWayId")]
    public long? ShipWayId { get; internal set; }
}
