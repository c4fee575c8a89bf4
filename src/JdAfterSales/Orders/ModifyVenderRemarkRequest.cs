using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary><c>jingdong.pop.order.modifyVenderRemark</c>.</summary>
internal sealed class ModifyVenderRemarkRequest(long orderId, VenderRemarkColor flag, string remark) : IJdRequest<ModifyVenderRemarkPayload>
{
    public string Method => "jingdong.pop.order.modifyVenderRemark";

    public JdOperationKind OperationKind => JdOperationKind.Write;

    public JsonTypeInfo<ModifyVenderRemarkPayload> ResponseTypeInfo => JdJsonContext.Default.ModifyVenderRemarkPayload;

    public void WriteParameters(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("order_id", orderId.ToString(CultureInfo.InvariantCulture));
        writer.WriteNumber("flag", (int)flag);
        writer.WriteString("remark", remark);
        writer.WriteEndObject();
    }
}
