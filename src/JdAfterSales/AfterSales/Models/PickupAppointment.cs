using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// The pickup appointment a customer chose (<see cref="PendingAuditDetail.Appointment"/>, JD's <c>Appointment</c>).
/// </summary>
public sealed class PickupAppointment
{
    /// <summary>The start of the appointed window (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("appointDateBegin")]
    public DateTimeOffset? Begin { get; internal set; }

    /// <summary>The end of the appointed window (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("appointDateEnd")]
    public DateTimeOffset? End { get; internal set; }

    /// <summary>The window as JD writes it.</summary>
    [JsonInclude]
    [JsonPropertyName("appointDateStr")]
    public string? Text { get; internal set; }

    /// <summary>JD's appointment type code.</summary>
    [JsonInclude]
    [JsonPropertyName("appointDateType")]
    public int? Type { get; internal set; }

    /// <summary>When the appointment was made (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("reserveDate")]
    public DateTimeOffset? ReservedAt { get; internal set; }

    /// <summary>JD's extension fields as a JSON string.</summary>
    [JsonInclude]
    [JsonPropertyName("extJsonStr")]
    public string? ExtJson { get; internal set; }
}
