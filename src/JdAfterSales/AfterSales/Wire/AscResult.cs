using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// The <c>result</c> object of an ASC view or write: JD's own success flag, code and message. Writes carry no
/// data; the view results derive from this type and add it.
/// </summary>
internal class AscResult
{
    [JsonPropertyName("success")]
    public bool? Success { get; set; }

    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("msg")]
    public string? Message { get; set; }
}
