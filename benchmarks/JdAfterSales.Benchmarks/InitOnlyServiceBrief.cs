using System.Text.Json.Serialization;
using JdAfterSales.AfterSales;
using JdAfterSales.Serialization;

namespace JdAfterSales.Benchmarks;

/// <summary>
/// <see cref="ServiceBrief"/> as it was declared before the library measured its models: every property
/// <c>init</c>-only, which sends the source generator down its constructor-argument path. Kept to show why the
/// library's models take internal setters (docs/design.md, "Models").
/// </summary>
public sealed class InitOnlyServiceBrief
{
    [JsonPropertyName("serviceId")]
    public long ServiceId { get; init; }

    [JsonPropertyName("applyId")]
    public long? ApplyId { get; init; }

    [JsonPropertyName("customerExpect")]
    public CustomerExpectation CustomerExpectation { get; init; }

    [JsonPropertyName("customerExpectName")]
    public string? CustomerExpectationName { get; init; }

    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    [JsonPropertyName("serviceStatus")]
    public ServiceStatus Status { get; init; }

    [JsonPropertyName("serviceStatusName")]
    public string? StatusName { get; init; }

    [JsonPropertyName("applyTime")]
    public DateTimeOffset? ApplyTime { get; init; }

    [JsonPropertyName("updateDate")]
    public DateTimeOffset? UpdateDate { get; init; }

    [JsonPropertyName("orderType")]
    public int? OrderType { get; init; }

    [JsonPropertyName("orderTypeName")]
    public string? OrderTypeName { get; init; }

    [JsonPropertyName("customerPin")]
    public string? CustomerPin { get; init; }

    [JsonPropertyName("customerName")]
    public string? CustomerName { get; init; }

    [JsonPropertyName("customerTel")]
    public string? CustomerTel { get; init; }

    [JsonPropertyName("customerGrade")]
    public int? CustomerGrade { get; init; }

    [JsonPropertyName("skuId")]
    public long? SkuId { get; init; }

    [JsonPropertyName("wareName")]
    public string? WareName { get; init; }

    [JsonPropertyName("wareType")]
    public int? WareType { get; init; }

    [JsonPropertyName("wareTypeName")]
    public string? WareTypeName { get; init; }

    [JsonPropertyName("skuType")]
    public int? SkuType { get; init; }

    [JsonPropertyName("skuTypeName")]
    public string? SkuTypeName { get; init; }

    [JsonPropertyName("pickwareType")]
    public PickwareType? PickwareType { get; init; }

    [JsonPropertyName("questionTypeCid1")]
    public long? QuestionTypeCid1 { get; init; }

    [JsonPropertyName("questionTypeCid1Name")]
    public string? QuestionTypeCid1Name { get; init; }

    [JsonPropertyName("questionTypeCid2")]
    public long? QuestionTypeCid2 { get; init; }

    [JsonPropertyName("questionTypeCid2Name")]
    public string? QuestionTypeCid2Name { get; init; }

    [JsonPropertyName("platformSrc")]
    public int? PlatformSource { get; init; }

    [JsonPropertyName("platformSrcName")]
    public string? PlatformSourceName { get; init; }

    [JsonPropertyName("sysVersion")]
    public int? SysVersion { get; init; }

    [JsonPropertyName("serviceCount")]
    public int? ServiceCount { get; init; }

    [JsonPropertyName("actualPayPrice")]
    public decimal? ActualPayPrice { get; init; }

    [JsonPropertyName("approveTime")]
    public DateTimeOffset? ApproveTime { get; init; }

    [JsonPropertyName("approvePin")]
    public string? ApprovePin { get; init; }

    [JsonPropertyName("approveName")]
    public string? ApproveName { get; init; }

    [JsonPropertyName("approveResult")]
    public int? ApproveResult { get; init; }

    [JsonPropertyName("approveResultName")]
    public string? ApproveResultName { get; init; }

    [JsonPropertyName("processTime")]
    public DateTimeOffset? ProcessTime { get; init; }

    [JsonPropertyName("processPin")]
    public string? ProcessPin { get; init; }

    [JsonPropertyName("processName")]
    public string? ProcessName { get; init; }

    [JsonPropertyName("processResult")]
    public int? ProcessResult { get; init; }

    [JsonPropertyName("processResultName")]
    public string? ProcessResultName { get; init; }

    [JsonPropertyName("expressCode")]
    public string? ExpressCode { get; init; }

    [JsonPropertyName("freightUpdateDate")]
    public DateTimeOffset? FreightUpdateDate { get; init; }

    [JsonPropertyName("extJsonStr")]
    public string? ExtJson { get; init; }
}
