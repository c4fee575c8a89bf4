using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// A service order whose goods came back and wait to be processed (<c>jingdong.asc.process.list</c> item, JD's
/// <c>WaitProcessResult</c>). It carries no <c>sysVersion</c>: read the service order with
/// <see cref="AfterSalesClient.GetServiceAsync(GetServiceRequest, CancellationToken)"/> before writing to it.
/// </summary>
public sealed class PendingProcessing
{
    /// <summary>The service order.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceId")]
    public long ServiceId { get; internal set; }

    /// <summary>What the customer asked for.</summary>
    [JsonInclude]
    [JsonPropertyName("customerExpect")]
    public CustomerExpectation CustomerExpectation { get; internal set; }

    /// <summary>JD's name of <see cref="CustomerExpectation"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("customerExpectName")]
    public string? CustomerExpectationName { get; internal set; }

    /// <summary>When the customer applied (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("applyTime")]
    public DateTimeOffset? ApplyTime { get; internal set; }

    /// <summary>The status: <see cref="ServiceStatus.PendingProcessing"/>, or one of the cancelled-processing statuses that wait again.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceStatus")]
    public ServiceStatus Status { get; internal set; }

    /// <summary>JD's name of <see cref="Status"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceStatusName")]
    public string? StatusName { get; internal set; }

    /// <summary>Where the goods were picked up, as JD writes it.</summary>
    [JsonInclude]
    [JsonPropertyName("pickwareAddress")]
    public string? PickwareAddress { get; internal set; }

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

    /// <summary>JD's ware type code (10 is the main item).</summary>
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

    /// <summary>When the service order was approved (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("approveTime")]
    public DateTimeOffset? ApproveTime { get; internal set; }

    /// <summary>When the goods were delivered back (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("deliveryDate")]
    public DateTimeOffset? DeliveryDate { get; internal set; }

    /// <summary>When JD last reminded the shop (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("remindDate")]
    public DateTimeOffset? RemindDate { get; internal set; }

    /// <summary>How many times JD reminded the shop.</summary>
    [JsonInclude]
    [JsonPropertyName("remindNum")]
    public int? RemindCount { get; internal set; }

    /// <summary>JD's reminder type code.</summary>
    [JsonInclude]
    [JsonPropertyName("remindType")]
    public int? RemindType { get; internal set; }

    /// <summary>JD's name of <see cref="RemindType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("remindTypeName")]
    public string? RemindTypeName { get; internal set; }

    /// <summary>The number of items.</summary>
    [JsonInclude]
    [JsonPropertyName("serviceCount")]
    public int? ServiceCount { get; internal set; }

    /// <summary>JD's anonymised buyer address id (<c>oaid</c>), in newer answers.</summary>
    [JsonInclude]
    [JsonPropertyName("oaid")]
    public string? Oaid { get; internal set; }

    /// <summary>JD's extension fields as a JSON string.</summary>
    [JsonInclude]
    [JsonPropertyName("extJsonStr")]
    public string? ExtJson { get; internal set; }
}
