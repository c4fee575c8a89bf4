using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary><c>jingdong.getThirdTrace</c>.</summary>
internal sealed class ThirdPartyTraceRequest(long orderId) : IJdRequest<ThirdPartyTracePayload>
{
    public string Method => "jingdong.getThirdTrace";

    public JdOperationKind OperationKind => JdOperationKind.Read;

    public JsonTypeInfo<ThirdPartyTracePayload> ResponseTypeInfo => JdJsonContext.Default.ThirdPartyTracePayload;

    public void WriteParameters(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("orderId", orderId.ToString(CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }
}
