using System.Net;
using System.Text;
using System.Text.Json;

namespace JdAfterSales.Tests.Support;

/// <summary>Reads what the client sent and writes what a gateway answers.</summary>
internal static class Routerjson
{
    public static string MethodOf(RecordedRequest request) => request.Form["method"];

    public static JsonElement ParamsOf(RecordedRequest request) => JsonDocument.Parse(request.Form["360buy_param_json"]).RootElement.Clone();

    public static string? TokenOf(RecordedRequest request) => request.Form.GetValueOrDefault("access_token");

    public static HttpResponseMessage Answer(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Answer(byte[] body) => new(HttpStatusCode.OK) { Content = new ByteArrayContent(body) };

    /// <summary>A success envelope around <paramref name="members"/> (JSON members, without braces).</summary>
    public static string Envelope(string method, string members) =>
        "{\"" + method.Replace('.', '_') + "_responce\":{\"code\":\"0\"," + members + "}}";

    public static async Task<RecordedRequest> ReadAsync(HttpRequestMessage request)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync();
        return new RecordedRequest(request.Method, request.RequestUri!, null, body);
    }
}
