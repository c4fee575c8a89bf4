using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Auth;

/// <summary>
/// Everything JD's OAuth server may answer, success or error, as sent. <c>expires_in</c> and <c>time</c> stay raw
/// JSON: they are read after JD has already issued (and spent the old refresh token for) the new pair, so no value
/// of theirs may make reading the answer fail.
/// </summary>
internal sealed class JdOAuthReply
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("expires_in")]
    public JsonElement? ExpiresIn { get; init; }

    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; init; }

    [JsonPropertyName("scope")]
    public string? Scope { get; init; }

    [JsonPropertyName("open_id")]
    public string? OpenId { get; init; }

    [JsonPropertyName("uid")]
    public string? Uid { get; init; }

    [JsonPropertyName("time")]
    public JsonElement? Time { get; init; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    [JsonPropertyName("code")]
    public int? Code { get; init; }

    [JsonPropertyName("msg")]
    public string? Message { get; init; }

    [JsonPropertyName("requestId")]
    public string? RequestId { get; init; }
}
