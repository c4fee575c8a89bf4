using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>Parameters of <c>jingdong.pop.order.get</c>: one order.</summary>
public sealed record GetOrderRequest : IJdRequest<OrderDetailResponse>
{
    /// <summary>The order (<c>order_id</c>).</summary>
    public required long OrderId { get; init; }

    /// <summary>The fields to return (<c>optional_fields</c>); <c>null</c> for every field <see cref="OrderInfo"/> has.</summary>
    public IReadOnlyList<OrderField>? Fields { get; init; }

    /// <summary><c>jingdong.pop.order.get</c>.</summary>
    public string Method => "jingdong.pop.order.get";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<OrderDetailResponse> IJdRequest<OrderDetailResponse>.ResponseTypeInfo => OrdersJsonContext.Default.OrderDetailResponse;

    void IJdRequest<OrderDetailResponse>.WriteParameters(Utf8JsonWriter writer)
    {
        if (OrderId <= 0)
        {
            throw new JdValidationException("order_id", "must be a positive order id.");
        }

        writer.WriteStartObject();
        writer.WriteString("order_id", OrderId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("optional_fields", OrderField.Join(Fields));
        writer.WriteEndObject();
    }
}
