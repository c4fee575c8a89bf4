using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.query.view</c>: one service order in full.</summary>
public sealed record GetServiceRequest : AscRequest, IJdRequest<AscResultResponse<ServiceBillResult>>
{
    /// <summary>The service order (<c>serviceId</c>).</summary>
    public required long ServiceId { get; init; }

    /// <summary>The order the service order is for (<c>orderId</c>).</summary>
    public required long OrderId { get; init; }

    /// <summary><c>jingdong.asc.query.view</c>.</summary>
    public string Method => "jingdong.asc.query.view";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<AscResultResponse<ServiceBillResult>> IJdRequest<AscResultResponse<ServiceBillResult>>.ResponseTypeInfo => AfterSalesJsonContext.Default.AscResultResponseServiceBillResult;

    void IJdRequest<AscResultResponse<ServiceBillResult>>.WriteParameters(Utf8JsonWriter writer)
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
