using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>The payload of <c>jingdong.ldop.receive.trace.get</c>.</summary>
public sealed class LdopTraceResponse : IJdBusinessOutcome
{
    /// <summary>The success code of the envelope.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>The trace result.</summary>
    [JsonPropertyName("querytrace_result")]
    [JsonConverter(typeof(JdObjectConverter<LdopTraceResult>))]
    public LdopTraceResult? Result { get; init; }

    /// <inheritdoc />
    public JdBusinessError? GetBusinessError() => Result switch
    {
        null => new JdBusinessError(null, "querytrace_result is missing"),
        { Code: 100 } => null,
        { } result => new JdBusinessError(result.Code?.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Message),
    };
}
