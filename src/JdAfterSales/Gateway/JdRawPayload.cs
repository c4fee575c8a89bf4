using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Gateway;

/// <summary>
/// The payload of a raw call, kept as JSON. Its business outcome is found by JD's common conventions, since the
/// method is not known to the library: a <c>success: false</c> on the payload or on an object up to two levels
/// below it (<c>result</c>, <c>pageResult</c>, <c>queryResult</c>, <c>searchorderinfo_result.apiResult</c>…).
/// </summary>
[JsonConverter(typeof(JdRawPayloadConverter))]
internal sealed class JdRawPayload(JsonElement element) : IJdBusinessOutcome
{
    private static readonly string[] CodeNames = ["code", "errorCode", "error_code", "resultCode", "numberCode", "englishErrCode"];
    private static readonly string[] MessageNames = ["msg", "errorMsg", "resultMsg", "chineseErrCode", "chinese_err_code", "messsage", "message"];

    public JsonElement Element { get; } = element;

    public JdBusinessError? GetBusinessError() => Find(Element, depth: 0);

    private static JdBusinessError? Find(JsonElement element, int depth)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("success", out var success) && success.ValueKind == JsonValueKind.False)
        {
            return new JdBusinessError(FirstText(element, CodeNames), FirstText(element, MessageNames));
        }

        if (depth == 2)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (Find(property.Value, depth + 1) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    private static string? FirstText(JsonElement element, string[] names)
    {
        foreach (var name in names)
        {
            if (element.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
                if (!string.IsNullOrEmpty(text))
                {
                    return text;
                }
            }
        }

        return null;
    }
}
