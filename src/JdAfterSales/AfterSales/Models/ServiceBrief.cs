using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>One service order as ASC lists return it (<c>query.list</c>, <c>sync.list</c>, <c>receive.list</c>).</summary>
public sealed class ServiceBrief
{
    /// <summary>The service order id.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceId")]
    public long ServiceId { get; internal set; }

    /// <summary>The after-sales application the service order came from.</summary>
    [JsonInclude]
    [JsonPropertyName("applyId")]
    public long? ApplyId { get; internal set; }

    /// <summary>What the customer asked for (return, exchange, repair…).</summary>
    [JsonInclude]
    [JsonPropertyName("customerExpect")]
    public CustomerExpectation CustomerExpectation { get; internal set; }

    /// <summary>JD's name of <see cref="CustomerExpectation"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("customerExpectName")]
    public string? CustomerExpectationName { get; internal set; }

    /// <summary>The order the service is for.</summary>
    [JsonInclude]
    [JsonPropertyName("orderId")]
    public long? OrderId { get; internal set; }

    /// <summary>The service order's status.</summary>
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

    /// <summary>When the service order last changed (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("updateDate")]
    public DateTimeOffset? UpdateDate { get; internal set; }

    /// <summary>JD's order type code (22 = POP SOP).</summary>
    [JsonInclude]
    [JsonPropertyName("orderType")]
    public int? OrderType { get; internal set; }

    /// <summary>JD's name of <see cref="OrderType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("orderTypeName")]
    public string? OrderTypeName { get; internal set; }

    /// <summary>The customer's JD account.</summary>
    [JsonInclude]
    [JsonPropertyName("customerPin")]
    public string? CustomerPin { get; internal set; }

    /// <summary>The customer's name.</summary>
    [JsonInclude]
    [JsonPropertyName("customerName")]
    public string? CustomerName { get; internal set; }

    /// <summary>The customer's phone, as JD masks it.</summary>
    [JsonInclude]
    [JsonPropertyName("customerTel")]
    public string? CustomerTel { get; internal set; }

    /// <summary>The customer's JD membership grade.</summary>
    [JsonInclude]
    [JsonPropertyName("customerGrade")]
    public int? CustomerGrade { get; internal set; }

    /// <summary>The SKU concerned.</summary>
    [JsonInclude]
    [JsonPropertyName("skuId")]
    public long? SkuId { get; internal set; }

    /// <summary>The product name.</summary>
    [JsonInclude]
    [JsonPropertyName("wareName")]
    public string? WareName { get; internal set; }

    /// <summary>JD's product type code.</summary>
    [JsonInclude]
    [JsonPropertyName("wareType")]
    public int? WareType { get; internal set; }

    /// <summary>JD's name of <see cref="WareType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("wareTypeName")]
    public string? WareTypeName { get; internal set; }

    /// <summary>JD's SKU type code.</summary>
    [JsonInclude]
    [JsonPropertyName("skuType")]
    public int? SkuType { get; internal set; }

    /// <summary>JD's name of <see cref="SkuType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("skuTypeName")]
    public string? SkuTypeName { get; internal set; }

    /// <summary>How the goods come back, once decided.</summary>
    [JsonInclude]
    [JsonPropertyName("pickwareType")]
    public PickwareType? PickwareType { get; internal set; }

    /// <summary>The first-level problem type (audit reason tree code).</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid1")]
    public long? QuestionTypeCid1 { get; internal set; }

    /// <summary>JD's name of <see cref="QuestionTypeCid1"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid1Name")]
    public string? QuestionTypeCid1Name { get; internal set; }

    /// <summary>The second-level problem type.</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid2")]
    public long? QuestionTypeCid2 { get; internal set; }

    /// <summary>JD's name of <see cref="QuestionTypeCid2"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid2Name")]
    public string? QuestionTypeCid2Name { get; internal set; }

    /// <summary>Where the application was made (JD's code).</summary>
    [JsonInclude]
    [JsonPropertyName("platformSrc")]
    public int? PlatformSource { get; internal set; }

    /// <summary>JD's name of <see cref="PlatformSource"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("platformSrcName")]
    public string? PlatformSourceName { get; internal set; }

    /// <summary>
    /// The optimistic-lock version: pass it unchanged to the next write on this service order. JD sends <c>null</c> for
    /// a closed service order, which cannot be written.
    /// </summary>
    [JsonInclude]
    [JsonPropertyName("sysVersion")]
    public int? SysVersion { get; internal set; }

    /// <summary>The number of items in the service order.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceCount")]
    public int? ServiceCount { get; internal set; }

    /// <summary>What the customer actually paid for the item, in yuan.</summary>
    [JsonInclude]
    [JsonPropertyName("actualPayPrice")]
    public decimal? ActualPayPrice { get; internal set; }

    /// <summary>When the application was audited (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("approveTime")]
    public DateTimeOffset? ApproveTime { get; internal set; }

    /// <summary>The auditor's JD account.</summary>
    [JsonInclude]
    [JsonPropertyName("approvePin")]
    public string? ApprovePin { get; internal set; }

    /// <summary>The auditor's name.</summary>
    [JsonInclude]
    [JsonPropertyName("approveName")]
    public string? ApproveName { get; internal set; }

    /// <summary>JD's audit result code (31 = door pickup).</summary>
    [JsonInclude]
    [JsonPropertyName("approveResult")]
    public int? ApproveResult { get; internal set; }

    /// <summary>JD's name of <see cref="ApproveResult"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("approveResultName")]
    public string? ApproveResultName { get; internal set; }

    /// <summary>When the service order was processed (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("processTime")]
    public DateTimeOffset? ProcessTime { get; internal set; }

    /// <summary>The processor's JD account.</summary>
    [JsonInclude]
    [JsonPropertyName("processPin")]
    public string? ProcessPin { get; internal set; }

    /// <summary>The processor's name.</summary>
    [JsonInclude]
    [JsonPropertyName("processName")]
    public string? ProcessName { get; internal set; }

    /// <summary>JD's processing result code.</summary>
    [JsonInclude]
    [JsonPropertyName("processResult")]
    public int? ProcessResult { get; internal set; }

    /// <summary>JD's name of <see cref="ProcessResult"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("processResultName")]
    public string? ProcessResultName { get; internal set; }

    /// <summary>The return waybill number, once the customer shipped.</summary>
    [JsonInclude]
    [JsonPropertyName("expressCode")]
    public string? ExpressCode { get; internal set; }

    /// <summary>When the return waybill last changed (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("freightUpdateDate")]
    public DateTimeOffset? FreightUpdateDate { get; internal set; }

    /// <summary>JD's extension fields as a JSON string (for example <c>APPLYREASON</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("extJsonStr")]
    public string? ExtJson { get; internal set; }
}
