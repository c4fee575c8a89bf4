using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.receive.view</c>: how returned goods were registered on receipt.</summary>
public sealed record GetReceiptRequest : AscRequest, IJdRequest<AscResultResponse<ReceiptDetailResult>>
{
    /// <summary>The service order (<c>serviceId</c>).</summary>
    public required long ServiceId { get; init; }

    /// <summary>The order the service order is for (<c>orderId</c>).</summary>
    public required long OrderId { get; init; }

    /// <summary><c>jingdong.asc.receive.view</c>.</summary>
    public string Method => "jingdong.asc.receive.view";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<AscResultResponse<ReceiptDetailResult>> IJdRequest<AscResultResponse<ReceiptDetailResult>>.ResponseTypeInfo => AfterSalesJsonContext.Default.AscResultResponseReceiptDetailResult;

    void IJdRequest<AscResultResponse<ReceiptDetailResult>>.WriteParameters(Utf8JsonWriter writer)
    {
        RequestRules.RequirePositive(ServiceId, "serviceId");
        RequestRules.RequirePositive(OrderId, "orderId");
        writer.WriteStartObject();
        WriteOperator(writer);
        writer.WriteNumber("serviceId", ServiceId);
        writer.WriteNumber("orderId", OrderId);
        writer.WriteEndObject();
    }
}
