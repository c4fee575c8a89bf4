using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>The payload of <c>jingdong.ldop.receive.trace.get</c>.</summary>
internal sealed class WaybillTracePayload : IJdBusinessOutcome
{
    [JsonPropertyName("querytrace_result")]
    [JsonConverter(typeof(JdObjectConverter<WaybillTraceResult>))]
    public WaybillTraceResult? Result { get; init; }

    // JD Logistics reports success as code 100; any other code is a failure with JD's (misspelt) messsage.
    public JdBusinessError? GetBusinessError() => Result is null
        ? new JdBusinessError(null, "JD's answer carries no querytrace_result.")
        : Result.Code == "100" ? null : new JdBusinessError(Result.Code, Result.Message);
}

/// <summary><c>querytrace_result</c>.</summary>
internal sealed class WaybillTraceResult
{
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    [JsonPropertyName("messsage")]
    public string? Message { get; init; }

    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdListConverter<TraceEvent>))]
    public IReadOnlyList<TraceEvent> Events { get; init; } = [];
}

/// <summary>The payload of <c>jingdong.getThirdTrace</c>.</summary>
internal sealed class ThirdPartyTracePayload : IJdBusinessOutcome
{
    [JsonPropertyName("result")]
    [JsonConverter(typeof(JdObjectConverter<ThirdPartyTraceResult>))]
    public ThirdPartyTraceResult? Result { get; init; }

    public JdBusinessError? GetBusinessError() => Result is null
        ? new JdBusinessError(null, "JD's answer carries no result.")
        : Result.Success == true ? null : new JdBusinessError(Result.Code, Result.Message);
}

/// <summary><c>result</c> of <c>jingdong.getThirdTrace</c>.</summary>
internal sealed class ThirdPartyTraceResult
{
    [JsonPropertyName("success")]
    public bool? Success { get; init; }

    [JsonPropertyName("code")]
    public string? Code { get; init; }

    [JsonPropertyName("msg")]
    public string? Message { get; init; }

    [JsonPropertyName("data")]
    [JsonConverter(typeof(JdObjectConverter<ThirdPartyTraceData>))]
    public ThirdPartyTraceData? Data { get; init; }
}

/// <summary><c>result.data</c> of <c>jingdong.getThirdTrace</c>.</summary>
internal sealed class ThirdPartyTraceData
{
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    [JsonPropertyName("waybillCode")]
    public string? WaybillCode { get; init; }

    [JsonPropertyName("carrierName")]
    public string? CarrierName { get; init; }

    [JsonPropertyName("traces")]
    [JsonConverter(typeof(JdListConverter<TraceEvent>))]
    public IReadOnlyList<TraceEvent> Traces { get; init; } = [];
}
