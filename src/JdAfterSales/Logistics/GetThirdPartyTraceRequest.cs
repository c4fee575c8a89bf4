using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Logistics;

/// <summary>Parameters of <c>jingdong.getThirdTrace</c>: the third-party carrier trace of an order's parcel.</summary>
public sealed record GetThirdPartyTraceRequest : IJdRequest<ThirdPartyTraceResponse>
{
    /// <summary>The order (<c>orderId</c>).</summary>
    public required long OrderId { get; init; }

    /// <summary><c>jingdong.getThirdTrace</c>.</summary>
    public string Method => "jingdong.getThirdTrace";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<ThirdPartyTraceResponse> IJdRequest<ThirdPartyTraceResponse>.ResponseTypeInfo => LogisticsJsonContext.Default.ThirdPartyTraceResponse;

    void IJdRequest<ThirdPartyTraceResponse>.WriteParameters(Utf8JsonWriter writer)
    {
        if (OrderId <= 0)
        {
            throw new JdValidationException("orderId", "must be a positive order id.");
        }

        writer.WriteStartObject();
        writer.WriteNumber("orderId", OrderId);
        writer.WriteEndObject();
    }
}
