using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// The <c>result</c> object of an ASC view or write: JD's own success flag, code and message. Writes carry no
/// data; the view results derive from this type and add it.
/// </summary>
public class AscResult
{
    /// <summary>Whether JD says the call succeeded.</summary>
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    /// <summary>JD's result code (<c>"0"</c> on success, for example <c>ASC_SYS_VERSION_ERROR</c> on failure).</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>JD's message, usually Chinese.</summary>
    [JsonPropertyName("msg")]
    public string? Message { get; init; }
}
