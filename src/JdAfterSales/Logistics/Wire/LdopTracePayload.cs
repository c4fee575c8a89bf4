using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>The payload of <c>jingdong.ldop.receive.trace.get</c>: <c>{"code":"0","querytrace_result":{…}}</c>.</summary>
internal sealed class LdopTracePayload : IJdBusinessOutcome
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("querytrace_result")]
    [JsonConverter(typeof(JdObjectConverter<LdopTraceResult>))]
    public LdopTraceResult? Result { get; set; }

    /// <summary>JD Logistics answers code 100 for success; a missing result is left to the result step.</summary>
    public JdBusinessError? GetBusinessError() => Result switch
    {
        null or { Code: 100 } => null,
        { } result => new JdBusinessError(result.Code?.ToString(CultureInfo.InvariantCulture), result.Message),
    };
}
