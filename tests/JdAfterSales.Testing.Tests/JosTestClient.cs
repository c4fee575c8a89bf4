using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JdAfterSales.Testing;

namespace JdAfterSales.Testing.Tests;

/// <summary>
/// A minimal routerjson caller written for these tests from JD's rules (not shared with the gateway): it signs, posts
/// a form body over real loopback HTTP and returns the parsed body.
/// </summary>
internal sealed class JosTestClient(FakeJdGateway gateway) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public FakeJdGateway Gateway { get; } = gateway;

    public static string Sign(IReadOnlyDictionary<string, string> parameters, string secret)
    {
        var concat = string.Concat(parameters
            .Where(p => p.Key != "sign" && p.Value.Length > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + p.Value));
        parameters.TryGetValue("sign_method", out var method);
        var key = Encoding.UTF8.GetBytes(secret);

        // JD's protocol mandates MD5 / HMAC-MD5.
#pragma warning disable CA5351
        var hash = method?.ToLowerInvariant() switch
        {
            "hmacmd5" => HMACMD5.HashData(key, Encoding.UTF8.GetBytes(concat)),
            "hmacsha256" => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(concat)),
            _ => MD5.HashData(Encoding.UTF8.GetBytes(secret + concat + secret)),
        };
#pragma warning restore CA5351
        return Convert.ToHexString(hash);
    }

    public static string Timestamp(DateTimeOffset now) =>
        now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0800";

    public static string Json(object parameters) => JsonSerializer.Serialize(parameters);

    /// <summary>The system parameters of a valid call, unsigned; tests change them before signing.</summary>
    public Dictionary<string, string> Parameters(string method, string paramJson) => new(StringComparer.Ordinal)
    {
        ["method"] = method,
        ["app_key"] = Gateway.AppKey,
        ["access_token"] = Gateway.AccessToken,
        ["timestamp"] = Timestamp(Gateway.TimeProvider.GetUtcNow()),
        ["v"] = "2.0",
        ["360buy_param_json"] = paramJson,
    };

    public Task<JsonElement> CallAsync(string method, object businessParameters) =>
        CallAsync(method, businessParameters as string ?? Json(businessParameters));

    public async Task<JsonElement> CallAsync(string method, string paramJson)
    {
        var parameters = Parameters(method, paramJson);
        parameters["sign"] = Sign(parameters, Gateway.AppSecret);
        using var response = await PostAsync(parameters);
        Assert.Equal(200, (int)response.StatusCode);
        return await ReadJsonAsync(response);
    }

    /// <summary>An ASC call with the shop's buId and an operator filled in.</summary>
    public Task<JsonElement> AscAsync(string method, Dictionary<string, object?> businessParameters)
    {
        businessParameters.TryAdd("buId", Gateway.VenderId);
        businessParameters.TryAdd("operatePin", "tester");
        businessParameters.TryAdd("operateNick", "测试员");
        return CallAsync(method, businessParameters);
    }

    public Task<HttpResponseMessage> PostAsync(IReadOnlyDictionary<string, string> parameters) =>
        _http.PostAsync(Gateway.RouterJsonUri, new FormUrlEncodedContent(parameters));

    public Task<HttpResponseMessage> PostRawAsync(string formBody, Uri? uri = null) =>
        _http.PostAsync(uri ?? Gateway.RouterJsonUri, new StringContent(formBody, Encoding.UTF8, "application/x-www-form-urlencoded"));

    public Task<HttpResponseMessage> GetAsync(Uri uri) => _http.GetAsync(uri);

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The payload inside <c>…_responce</c>, asserting the call was not a gateway error.</summary>
    public static JsonElement Payload(JsonElement body, string method)
    {
        Assert.False(body.TryGetProperty("error_response", out var error), "gateway error: " + error);
        return body.GetProperty(method.Replace('.', '_') + "_responce");
    }

    public static string? ErrorCode(JsonElement body) =>
        body.TryGetProperty("error_response", out var error) ? error.GetProperty("code").GetString() : null;

    public void Dispose() => _http.Dispose();
}
