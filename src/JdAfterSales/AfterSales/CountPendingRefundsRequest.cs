using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.pop.afs.soa.refundapply.getWaitRefundNum</c>: how many refund applications wait (none).</summary>
public sealed record CountPendingRefundsRequest : IJdRequest<RefundQueryResponse>
{
    /// <summary><c>jingdong.pop.afs.soa.refundapply.getWaitRefundNum</c>.</summary>
    public string Method => "jingdong.pop.afs.soa.refundapply.getWaitRefundNum";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<RefundQueryResponse> IJdRequest<RefundQueryResponse>.ResponseTypeInfo => AfterSalesJsonContext.Default.RefundQueryResponse;

    void IJdRequest<RefundQueryResponse>.WriteParameters(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteEndObject();
    }
}
