using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.audit.reason.list</c>: JD's audit reason tree, one level at a time.</summary>
public sealed record ListAuditReasonsRequest : AscRequest, IJdRequest<AscResultResponse<AuditReasonListResult>>
{
    /// <summary>The reason whose children to list; <c>null</c> for the first level (<c>parentCode</c>).</summary>
    public long? ParentCode { get; init; }

    /// <summary>The service order the reasons are for, optional (<c>serviceId</c>).</summary>
    public long? ServiceId { get; init; }

    /// <summary>1 audit reasons (JD's default), 2 JD-intervention reasons (<c>bizType</c>).</summary>
    public int? BizType { get; init; }

    /// <summary><c>jingdong.asc.audit.reason.list</c>.</summary>
    public string Method => "jingdong.asc.audit.reason.list";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<AscResultResponse<AuditReasonListResult>> IJdRequest<AscResultResponse<AuditReasonListResult>>.ResponseTypeInfo => AfterSalesJsonContext.Default.AscResultResponseAuditReasonListResult;

    void IJdRequest<AscResultResponse<AuditReasonListResult>>.WriteParameters(Utf8JsonWriter writer)
    {
        RequestRules.RequirePositive(ParentCode, "parentCode");
        RequestRules.RequirePositive(ServiceId, "serviceId");
        writer.WriteStartObject();
        WriteOperator(writer);
        RequestRules.WriteNumber(writer, "parentCode", ParentCode);
        RequestRules.WriteNumber(writer, "serviceId", ServiceId);
        RequestRules.WriteNumber(writer, "bizType", BizType);
        writer.WriteEndObject();
    }
}
