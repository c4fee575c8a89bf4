using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>One entry of a service order's history (<c>jingdong.asc.log.list</c> item).</summary>
public sealed class ServiceLog
{
    /// <summary>The entry's id.</summary>
    [JsonPropertyName("afsLogId")]
    public long LogId { get; init; }

    /// <summary>The service order.</summary>
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; init; }

    /// <summary>JD's code of what was done.</summary>
    [JsonPropertyName("operateType")]
    public int? OperateType { get; init; }

    /// <summary>JD's name of <see cref="OperateType"/>.</summary>
    [JsonPropertyName("operateTypeName")]
    public string? OperateTypeName { get; init; }

    /// <summary>The remark.</summary>
    [JsonPropertyName("operateRemark")]
    public string? OperateRemark { get; init; }

    /// <summary>Who did it (JD account).</summary>
    [JsonPropertyName("operatePin")]
    public string? OperatePin { get; init; }

    /// <summary>Who did it (name).</summary>
    [JsonPropertyName("operateName")]
    public string? OperateName { get; init; }

    /// <summary>When (Beijing time).</summary>
    [JsonPropertyName("operateDate")]
    public DateTimeOffset? OperateDate { get; init; }
}
