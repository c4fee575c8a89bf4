using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>An application waiting for the merchant's audit (<c>jingdong.asc.audit.list</c> item).</summary>
public sealed class PendingAudit
{
    /// <summary>The after-sales application.</summary>
    [JsonPropertyName("applyId")]
    public long ApplyId { get; init; }

    /// <summary>The service orders of the application.</summary>
    [JsonPropertyName("serviceIdList")]
    [JsonConverter(typeof(JdListConverter<long>))]
    public IReadOnlyList<long> ServiceIds { get; init; } = [];

    /// <summary>What the customer asked for.</summary>
    [JsonPropertyName("customerExpect")]
    public CustomerExpectation CustomerExpectation { get; init; }

    /// <summary>JD's name of <see cref="CustomerExpectation"/>.</summary>
    [JsonPropertyName("customerExpectName")]
    public string? CustomerExpectationName { get; init; }

    /// <summary>The status.</summary>
    [JsonPropertyName("serviceStatus")]
    public ServiceStatus Status { get; init; }

    /// <summary>JD's name of <see cref="Status"/>.</summary>
    [JsonPropertyName("serviceStatusName")]
    public string? StatusName { get; init; }

    /// <summary>When the customer applied (Beijing time).</summary>
    [JsonPropertyName("applyTime")]
    public DateTimeOffset? ApplyTime { get; init; }

    /// <summary>When the audit times out (Beijing time).</summary>
    [JsonPropertyName("auditOvertime")]
    public DateTimeOffset? AuditDeadline { get; init; }

    /// <summary>Whether the audit deadline has passed.</summary>
    [JsonPropertyName("timeoutFlag")]
    public bool? TimedOut { get; init; }

    /// <summary>The customer's JD account.</summary>
    [JsonPropertyName("customerPin")]
    public string? CustomerPin { get; init; }

    /// <summary>The customer's name.</summary>
    [JsonPropertyName("customerName")]
    public string? CustomerName { get; init; }

    /// <summary>The customer's mobile, as JD masks it.</summary>
    [JsonPropertyName("customerMobile")]
    public string? CustomerMobile { get; init; }

    /// <summary>The customer's JD membership grade.</summary>
    [JsonPropertyName("customerGrade")]
    public int? CustomerGrade { get; init; }

    /// <summary>The order.</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    /// <summary>JD's order type code.</summary>
    [JsonPropertyName("orderType")]
    public int? OrderType { get; init; }

    /// <summary>JD's name of <see cref="OrderType"/>.</summary>
    [JsonPropertyName("orderTypeName")]
    public string? OrderTypeName { get; init; }

    /// <summary>The SKU.</summary>
    [JsonPropertyName("skuId")]
    public long? SkuId { get; init; }

    /// <summary>The product name.</summary>
    [JsonPropertyName("wareName")]
    public string? WareName { get; init; }

    /// <summary>The number of items.</summary>
    [JsonPropertyName("serviceCount")]
    public int? ServiceCount { get; init; }
}
