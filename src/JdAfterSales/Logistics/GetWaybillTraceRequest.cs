using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>Parameters of <c>jingdong.ldop.receive.trace.get</c>: the trace of a JD Logistics waybill.</summary>
public sealed record GetWaybillTraceRequest : IJdRequest<LdopTraceResponse>
{
    /// <summary>The shop's JD Logistics merchant code (<c>customerCode</c>).</summary>
    public required string CustomerCode { get; init; }

    /// <summary>The waybill (<c>waybillCode</c>).</summary>
    public required string WaybillCode { get; init; }

    /// <summary><c>jingdong.ldop.receive.trace.get</c>.</summary>
    public string Method => "jingdong.ldop.receive.trace.get";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<LdopTraceResponse> IJdRequest<LdopTraceResponse>.ResponseTypeInfo => LogisticsJsonContext.Default.LdopTraceResponse;

    void IJdRequest<LdopTraceResponse>.WriteParameters(Utf8JsonWriter writer)
    {
        if (string.IsNullOrWhiteSpace(CustomerCode))
        {
            throw new JdValidationException("customerCode", "is required: the shop's JD Logistics merchant code.");
        }

        if (string.IsNullOrWhiteSpace(WaybillCode))
        {
            throw new JdValidationException("waybillCode", "is required.");
        }

        writer.WriteStartObject();
        writer.WriteString("customerCode", CustomerCode);
        writer.WriteString("waybillCode", WaybillCode);
        writer.WriteEndObject();
    }
}
