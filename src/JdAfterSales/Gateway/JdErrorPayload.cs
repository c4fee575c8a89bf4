using System.Text.Json.Serialization;

namespace JdAfterSales.Gateway;

/// <summary>The object inside <c>error_response</c>.</summary>
internal sealed class JdErrorPayload
{
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    [JsonPropertyName("zh_desc")]
    public string? ChineseDescription { get; init; }

    [JsonPropertyName("en_desc")]
    public string? EnglishDescription { get; init; }

    [JsonPropertyName("request_id")]
    public string? RequestId { get; init; }
}
