using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>An application waiting for the merchant's audit (<c>jingdong.asc.audit.list</c> item).</summary>
public sealed class PendingAudit
{
    /// <summary>The after-sales application.</summary>
    [JsonInclude]
    [JsonPropertyName("applyId")]
    public long ApplyId { get; internal set; }

    /// <summary>The service orders of the application.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceIdList")]
    [JsonConverter(typeof(JdListConverter<long>))]
    public IReadOnlyList<long> ServiceIds { get; internal set; } = [];

    /// <summary>What the customer asked for.</summary>
    [JsonInclude]
    [JsonPropertyName("customerExpect")]
    public CustomerExpectation CustomerExpectation { get; internal set; }

    /// <summary>JD's name of <see cref="CustomerExpectation"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("customerExpectName")]
    public string? CustomerExpectationName { get; internal set; }

    /// <summary>The status.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceStatus")]
    public ServiceStatus Status { get; internal set; }

    /// <summary>JD's name of <see cref="Status"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceStatusName")]
    public string? StatusName { get; internal set; }

    /// <summary>When the customer applied (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("applyTime")]
    public DateTimeOffset? ApplyTime { get; internal set; }

    /// <summary>When the audit times out (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("auditOvertime")]
    public DateTimeOffset? AuditDeadline { get; internal set; }

    /// <summary>Whether the audit deadline has passed.</summary>
    [JsonInclude]
    [JsonPropertyName("timeoutFlag")]
    public bool? TimedOut { get; internal set; }

    /// <summary>The customer's JD account.</summary>
    [JsonInclude]
    [JsonPropertyName("customerPin")]
    public string? CustomerPin { get; internal set; }

    /// <summary>The customer's name.</summary>
    [JsonInclude]
    [JsonPropertyName("customerName")]
    public string? CustomerName { get; internal set; }

    /// <summary>The customer's mobile, as JD masks it.</summary>
    [JsonInclude]
    [JsonPropertyName("customerMobile")]
    public string? CustomerMobile { get; internal set; }

    /// <summary>The customer's JD membership grade.</summary>
    [JsonInclude]
    [JsonPropertyName("customerGrade")]
    public int? CustomerGrade { get; internal set; }

    /// <summary>The order.</summary>
    [JsonInclude]
    [JsonPropertyName("orderId")]
    public long? OrderId { get; internal set; }

    /// <summary>JD's order type code.</summary>
    [JsonInclude]
    [JsonPropertyName("orderType")]
    public int? OrderType { get; internal set; }

    /// <summary>JD's name of <see cref="OrderType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("orderTypeName")]
    public string? OrderTypeName { get; internal set; }

    /// <summary>The SKU.</summary>
    [JsonInclude]
    [JsonPropertyName("skuId")]
    public long? SkuId { get; internal set; }

    /// <summary>The product name.</summary>
    [JsonInclude]
    [JsonPropertyName("wareName")]
    public string? WareName { get; internal set; }

    /// <summary>The number of items.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceCount")]
    public int? ServiceCount { get; internal set; }
}
