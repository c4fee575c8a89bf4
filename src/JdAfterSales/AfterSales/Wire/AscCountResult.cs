using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>result</c> of an ASC count: <c>data</c> is the number (JD's count <c>Result</c> declares a long).</summary>
internal sealed class AscCountResult : AscResult
{
    [JsonPropertyName("data")]
    public long? Data { get; set; }
}
