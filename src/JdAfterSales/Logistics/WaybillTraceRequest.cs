using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary><c>jingdong.ldop.receive.trace.get</c>.</summary>
internal sealed class WaybillTraceRequest(string customerCode, string waybillCode) : IJdRequest<WaybillTracePayload>
{
    public string Method => "jingdong.ldop.receive.trace.get";

    public JdOperationKind OperationKind => JdOperationKind.Read;

    public JsonTypeInfo<WaybillTracePayload> ResponseTypeInfo => JdJsonContext.Default.WaybillTracePayload;

    public void WriteParameters(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("customerCode", customerCode);
        writer.WriteString("waybillCode", waybillCode);
        writer.WriteEndObject();
    }
}
