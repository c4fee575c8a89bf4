using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>One service order as ASC lists return it (<c>query.list</c>, <c>sync.list</c>, <c>receive.list</c>).</summary>
public class ServiceBrief
{
    /// <summary>The service order id.</summary>
    [JsonPropertyName("serviceId")]
    public long ServiceId { get; init; }

    /// <summary>The after-sales application the service order came from.</summary>
    [JsonPropertyName("applyId")]
    public long? ApplyId { get; init; }

    /// <summary>What the customer asked for (return, exchange, repair…).</summary>
    [JsonPropertyName("customerExpect")]
    public CustomerExpectation CustomerExpectation { get; init; }

    /// <summary>JD's name of <see cref="CustomerExpectation"/>.</summary>
    [JsonPropertyName("customerExpectName")]
    public string? CustomerExpectationName { get; init; }

    /// <summary>The order the service is for.</summary>
    [JsonPropertyName("orderId")]
    public long? OrderId { get; init; }

    /// <summary>The service order's status.</summary>
    [JsonPropertyName("serviceStatus")]
    public ServiceStatus Status { get; init; }

    /// <summary>JD's name of <see cref="Status"/>.</summary>
    [JsonPropertyName("serviceStatusName")]
    public string? StatusName { get; init; }

    /// <summary>When the customer applied (Beijing time).</summary>
    [JsonPropertyName("applyTime")]
    public DateTimeOffset? ApplyTime { get; init; }

    /// <summary>When the service order last changed (Beijing time).</summary>
    [JsonPropertyName("updateDate")]
    public DateTimeOffset? UpdateDate { get; init; }

    /// <summary>JD's order type code (22 = POP SOP).</summary>
    [JsonPropertyName("orderType")]
    public int? OrderType { get; init; }

    /// <summary>JD's name of <see cref="OrderType"/>.</summary>
    [JsonPropertyName("orderTypeName")]
    public string? OrderTypeName { get; init; }

    /// <summary>The customer's JD account.</summary>
    [JsonPropertyName("customerPin")]
    public string? CustomerPin { get; init; }

    /// <summary>The customer's name.</summary>
    [JsonPropertyName("customerName")]
    public string? CustomerName { get; init; }

    /// <summary>The customer's phone, as JD masks it.</summary>
    [JsonPropertyName("customerTel")]
    public string? CustomerTel { get; init; }

    /// <summary>The customer's JD membership grade.</summary>
    [JsonPropertyName("customerGrade")]
    public int? CustomerGrade { get; init; }

    /// <summary>The SKU concerned.</summary>
    [JsonPropertyName("skuId")]
    public long? SkuId { get; init; }

    /// <summary>The product name.</summary>
    [JsonPropertyName("wareName")]
    public string? WareName { get; init; }

    /// <summary>JD's product type code.</summary>
    [JsonPropertyName("wareType")]
    public int? WareType { get; init; }

    /// <summary>JD's name of <see cref="WareType"/>.</summary>
    [JsonPropertyName("wareTypeName")]
    public string? WareTypeName { get; init; }

    /// <summary>JD's SKU type code.</summary>
    [JsonPropertyName("skuType")]
    public int? SkuType { get; init; }

    /// <summary>JD's name of <see cref="SkuType"/>.</summary>
    [JsonPropertyName("skuTypeName")]
    public string? SkuTypeName { get; init; }

    /// <summary>How the goods come back, once decided.</summary>
    [JsonPropertyName("pickwareType")]
    public PickwareType? PickwareType { get; init; }

    /// <summary>The first-level problem type (audit reason tree code).</summary>
    [JsonPropertyName("questionTypeCid1")]
    public long? QuestionTypeCid1 { get; init; }

    /// <summary>JD's name of <see cref="QuestionTypeCid1"/>.</summary>
    [JsonPropertyName("questionTypeCid1Name")]
    public string? QuestionTypeCid1Name { get; init; }

    /// <summary>The second-level problem type.</summary>
    [JsonPropertyName("questionTypeCid2")]
    public long? QuestionTypeCid2 { get; init; }

    /// <summary>JD's name of <see cref="QuestionTypeCid2"/>.</summary>
    [JsonPropertyName("questionTypeCid2Name")]
    public string? QuestionTypeCid2Name { get; init; }

    /// <summary>Where the application was made (JD's code).</summary>
    [JsonPropertyName("platformSrc")]
    public int? PlatformSource { get; init; }

    /// <summary>JD's name of <see cref="PlatformSource"/>.</summary>
    [JsonPropertyName("platformSrcName")]
    public string? PlatformSourceName { get; init; }

    /// <summary>The optimistic-lock version: pass it unchanged to the next write on this service order.</summary>
    [JsonPropertyName("sysVersion")]
    public int SysVersion { get; init; }

    /// <summary>The number of items in the service order.</summary>
    [JsonPropertyName("serviceCount")]
    public int? ServiceCount { get; init; }

    /// <summary>What the customer actually paid for the item, in yuan.</summary>
    [JsonPropertyName("actualPayPrice")]
    public decimal? ActualPayPrice { get; init; }

    /// <summary>When the application was audited (Beijing time).</summary>
    [JsonPropertyName("approveTime")]
    public DateTimeOffset? ApproveTime { get; init; }

    /// <summary>The auditor's JD account.</summary>
    [JsonPropertyName("approvePin")]
    public string? ApprovePin { get; init; }

    /// <summary>The auditor's name.</summary>
    [JsonPropertyName("approveName")]
    public string? ApproveName { get; init; }

    /// <summary>JD's audit result code (31 = door pickup).</summary>
    [JsonPropertyName("approveResult")]
    public int? ApproveResult { get; init; }

    /// <summary>JD's name of <see cref="ApproveResult"/>.</summary>
    [JsonPropertyName("approveResultName")]
    public string? ApproveResultName { get; init; }

    /// <summary>When the service order was processed (Beijing time).</summary>
    [JsonPropertyName("processTime")]
    public DateTimeOffset? ProcessTime { get; init; }

    /// <summary>The processor's JD account.</summary>
    [JsonPropertyName("processPin")]
    public string? ProcessPin { get; init; }

    /// <summary>The processor's name.</summary>
    [JsonPropertyName("processName")]
    public string? ProcessName { get; init; }

    /// <summary>JD's processing result code.</summary>
    [JsonPropertyName("processResult")]
    public int? ProcessResult { get; init; }

    /// <summary>JD's name of <see cref="ProcessResult"/>.</summary>
    [JsonPropertyName("processResultName")]
    public string? ProcessResultName { get; init; }

    /// <summary>The return waybill number, once the customer shipped.</summary>
    [JsonPropertyName("expressCode")]
    public string? ExpressCode { get; init; }

    /// <summary>When the return waybill last changed (Beijing time).</summary>
    [JsonPropertyName("freightUpdateDate")]
    public DateTimeOffset? FreightUpdateDate { get; init; }

    /// <summary>JD's extension fields as a JSON string (for example <c>APPLYREASON</c>).</summary>
    [JsonPropertyName("extJsonStr")]
    public string? ExtJson { get; init; }
}
