using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>The <c>result</c> of <c>jingdong.asc.view.serviceTel</c> (JD's <c>StringResult</c>).</summary>
internal sealed class CustomerPhoneResult : AscResult
{
    [JsonPropertyName("data")]
    public string? Data { get; set; }

    [JsonPropertyName("desen_data")]
    public string? MaskedData { get; set; }
}
