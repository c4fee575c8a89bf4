using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// A note on a service order (<c>jingdong.asc.track.list</c> item, JD's <c>ServiceTrack</c>).
/// </summary>
public sealed class ServiceNote
{
    /// <summary>When the note was written (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("trackCreateDate")]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>The note.</summary>
    [JsonInclude]
    [JsonPropertyName("trackContext")]
    public string? Text { get; internal set; }

    /// <summary>Who wrote it, JD account.</summary>
    [JsonInclude]
    [JsonPropertyName("createPin")]
    public string? CreatePin { get; internal set; }

    /// <summary>Who wrote it, name.</summary>
    [JsonInclude]
    [JsonPropertyName("createName")]
    public string? CreateName { get; internal set; }

    /// <summary>JD's extension fields as a JSON string.</summary>
    [JsonInclude]
    [JsonPropertyName("extJsonStr")]
    public string? ExtJson { get; internal set; }
}
