using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>One entry of a service order's history (<c>jingdong.asc.log.list</c> item).</summary>
public sealed class ServiceLog
{
    /// <summary>The entry's id.</summary>
    [JsonInclude]
    [JsonPropertyName("afsLogId")]
    public long LogId { get; internal set; }

    /// <summary>The service order.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; internal set; }

    /// <summary>JD's code of what was done.</summary>
    [JsonInclude]
    [JsonPropertyName("operateType")]
    public int? OperateType { get; internal set; }

    /// <summary>JD's name of <see cref="OperateType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("operateTypeName")]
    public string? OperateTypeName { get; internal set; }

    /// <summary>The remark.</summary>
    [JsonInclude]
    [JsonPropertyName("operateRemark")]
    public string? OperateRemark { get; internal set; }

    /// <summary>Who did it (JD account).</summary>
    [JsonInclude]
    [JsonPropertyName("operatePin")]
    public string? OperatePin { get; internal set; }

    /// <summary>Who did it (name).</summary>
    [JsonInclude]
    [JsonPropertyName("operateName")]
    public string? OperateName { get; internal set; }

    /// <summary>When (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("operateDate")]
    public DateTimeOffset? OperateDate { get; internal set; }
}
