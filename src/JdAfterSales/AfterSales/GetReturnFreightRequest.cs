using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.freight.view</c>: the waybill of goods coming back.</summary>
public sealed record GetReturnFreightRequest : AscRequest, IJdRequest<AscResultResponse<ReturnFreightResult>>
{
    /// <summary>The service order (<c>serviceId</c>).</summary>
    public required long ServiceId { get; init; }

    /// <summary>The order the service order is for (<c>orderId</c>).</summary>
    public required long OrderId { get; init; }

    /// <summary><c>jingdong.asc.freight.view</c>.</summary>
    public string Method => "jingdong.asc.freight.view";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<AscResultResponse<ReturnFreightResult>> IJdRequest<AscResultResponse<ReturnFreightResult>>.ResponseTypeInfo => AfterSalesJsonContext.Default.AscResultResponseReturnFreightResult;

    void IJdRequest<AscResultResponse<ReturnFreightResult>>.WriteParameters(Utf8JsonWriter writer)
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
