using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.log.list</c>: the history of one service order.</summary>
public sealed record ListServiceLogsRequest : AscListRequest, IJdRequest<AscListResponse<ServiceLogPage>>
{
    /// <summary>The service order (<c>serviceId</c>).</summary>
    public required long ServiceId { get; init; }

    /// <summary><c>jingdong.asc.log.list</c>.</summary>
    public string Method => "jingdong.asc.log.list";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<AscListResponse<ServiceLogPage>> IJdRequest<AscListResponse<ServiceLogPage>>.ResponseTypeInfo => AfterSalesJsonContext.Default.AscListResponseServiceLogPage;

    void IJdRequest<AscListResponse<ServiceLogPage>>.WriteParameters(Utf8JsonWriter writer) => WriteList(writer);

    private protected override void CheckFilters()
    {
        RequestRules.RequirePositive(ServiceId, "serviceId");
    }

    private protected override void WriteFilters(Utf8JsonWriter writer)
    {
        writer.WriteNumber("serviceId", ServiceId);
    }
}
