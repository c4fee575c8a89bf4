using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary><c>jingdong.pop.order.get</c>.</summary>
internal sealed class OrderGetRequest(long orderId, OrderFields fields) : IJdRequest<OrderGetPayload>
{
    public string Method => "jingdong.pop.order.get";

    public JdOperationKind OperationKind => JdOperationKind.Read;

    public JsonTypeInfo<OrderGetPayload> ResponseTypeInfo => JdJsonContext.Default.OrderGetPayload;

    public void WriteParameters(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("order_id", orderId.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("optional_fields", OrderFieldNames.ToWire(fields));
        writer.WriteEndObject();
    }
}
