using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>The payload of <c>jingdong.getThirdTrace</c>.</summary>
public sealed class ThirdPartyTraceResponse : IJdBusinessOutcome
{
    /// <summary>The success code of the envelope.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The result.</summary>
    [JsonPropertyName("result")]
    [JsonConverter(typeof(JdObjectConverter<ThirdPartyTraceResult>))]
    public ThirdPartyTraceResult? Result { get; init; }

    /// <inheritdoc />
    public JdBusinessError? GetBusinessError() => Result switch
    {
        null => new JdBusinessError(null, "result is missing"),
        { Success: true } => null,
        { } result => new JdBusinessError(result.Code, result.Message),
    };
}
