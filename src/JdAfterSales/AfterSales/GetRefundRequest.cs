using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.pop.afs.soa.refundapply.queryById</c>: one refund application.</summary>
public sealed record GetRefundRequest : IJdRequest<RefundQueryResponse>
{
    /// <summary>The application (<c>id</c>).</summary>
    public required long Id { get; init; }

    /// <summary><c>jingdong.pop.afs.soa.refundapply.queryById</c>.</summary>
    public string Method => "jingdong.pop.afs.soa.refundapply.queryById";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<RefundQueryResponse> IJdRequest<RefundQueryResponse>.ResponseTypeInfo => AfterSalesJsonContext.Default.RefundQueryResponse;

    void IJdRequest<RefundQueryResponse>.WriteParameters(Utf8JsonWriter writer)
    {
        RequestRules.RequirePositive(Id, "id");
        writer.WriteStartObject();
        writer.WriteNumber("id", Id);
        writer.WriteEndObject();
    }
}
