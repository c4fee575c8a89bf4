using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// A write on one service order, guarded by JD's optimistic lock: it carries the <see cref="SysVersion"/> the caller
/// read, and JD refuses it as stale (raised as <see cref="JdConcurrencyException"/>) when the order changed since.
/// Never re-sent automatically.
/// </summary>
public abstract record AscWriteRequest : AscRequest, IJdRequest<AscResultResponse<AscResult>>, IJdVersionedRequest
{
    private protected AscWriteRequest()
    {
    }

    /// <summary>The service order (<c>serviceId</c>).</summary>
    public required long ServiceId { get; init; }

    /// <summary>The order the service order is for (<c>orderId</c>).</summary>
    public required long OrderId { get; init; }

    /// <summary>The <c>sysVersion</c> read from the latest list or view of the service order.</summary>
    public required int SysVersion { get; init; }

    /// <summary>An internal remark kept in the service order's history (<c>operateRemark</c>), optional.</summary>
    public string? OperateRemark { get; init; }

    /// <summary>The JOS method.</summary>
    public abstract string Method { get; }

    /// <summary>Always <see cref="JdOperationKind.Write"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Write;

    JsonTypeInfo<AscResultResponse<AscResult>> IJdRequest<AscResultResponse<AscResult>>.ResponseTypeInfo =>
        AfterSalesJsonContext.Default.AscResultResponseAscResult;

    void IJdRequest<AscResultResponse<AscResult>>.WriteParameters(Utf8JsonWriter writer)
    {
        RequestRules.RequirePositive(ServiceId, "serviceId");
        RequestRules.RequirePositive(OrderId, "orderId");
        RequestRules.RequireNonNegative(SysVersion, "sysVersion");
        writer.WriteStartObject();
        WriteOperator(writer);
        writer.WriteNumber("serviceId", ServiceId);
        writer.WriteNumber("orderId", OrderId);
        writer.WriteNumber("sysVersion", SysVersion);
        WriteDecision(writer);
        RequestRules.WriteText(writer, "operateRemark", OperateRemark);
        writer.WriteEndObject();
    }

    /// <summary>Checks and writes the parameters particular to the method.</summary>
    private protected abstract void WriteDecision(Utf8JsonWriter writer);
}
