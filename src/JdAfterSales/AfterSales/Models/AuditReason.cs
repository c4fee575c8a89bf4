using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>One node of JD's audit reason tree (<c>jingdong.asc.audit.reason.list</c>): feeds <c>approveReasonCid1</c>/<c>approveReasonCid2</c>.</summary>
public sealed class AuditReason
{
    /// <summary>The reason's code.</summary>
    [JsonInclude]
    [JsonPropertyName("code")]
    public long Code { get; internal set; }

    /// <summary>The parent reason's code (0 for a first-level reason).</summary>
    [JsonInclude]
    [JsonPropertyName("parentCode")]
    public long? ParentCode { get; internal set; }

    /// <summary>JD's name of the reason.</summary>
    [JsonInclude]
    [JsonPropertyName("name")]
    public string? Name { get; internal set; }
}
