using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// An application waiting for the merchant's audit, in full (<c>jingdong.asc.audit.detail</c> data, JD's
/// <c>WaitAuditDetail</c>): its service orders, what the customer asked for and why, the items, the addresses, the
/// pickup appointment and the <see cref="SysVersion"/> an audit write needs.
/// </summary>
public sealed class PendingAuditDetail
{
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

    /// <summary>When the customer applied (Beijing time).</summary>
    [JsonInclude]
    [JsonPropertyName("applyTime")]
    public DateTimeOffset? ApplyTime { get; internal set; }

    /// <summary>The order.</summary>
    [JsonInclude]
    [JsonPropertyName("orderId")]
    public long? OrderId { get; internal set; }

    /// <summary>The customer's description of the problem.</summary>
    [JsonInclude]
    [JsonPropertyName("questionDesc")]
    public string? QuestionDescription { get; internal set; }

    /// <summary>The customer's pictures, as JD lists them.</summary>
    [JsonInclude]
    [JsonPropertyName("questionPic")]
    public string? QuestionPictures { get; internal set; }

    /// <summary>The first-level problem type code.</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid1")]
    public int? QuestionTypeCid1 { get; internal set; }

    /// <summary>JD's name of <see cref="QuestionTypeCid1"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid1Name")]
    public string? QuestionTypeCid1Name { get; internal set; }

    /// <summary>The second-level problem type code.</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid2")]
    public int? QuestionTypeCid2 { get; internal set; }

    /// <summary>JD's name of <see cref="QuestionTypeCid2"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("questionTypeCid2Name")]
    public string? QuestionTypeCid2Name { get; internal set; }

    /// <summary>JD's order type code.</summary>
    [JsonInclude]
    [JsonPropertyName("orderType")]
    public int? OrderType { get; internal set; }

    /// <summary>JD's name of <see cref="OrderType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("orderTypeName")]
    public string? OrderTypeName { get; internal set; }

    /// <summary>How the customer expects the goods to travel back.</summary>
    [JsonInclude]
    [JsonPropertyName("expectPickwareType")]
    public PickwareType? ExpectedPickwareType { get; internal set; }

    /// <summary>JD's name of <see cref="ExpectedPickwareType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("expectPickwareTypeName")]
    public string? ExpectedPickwareTypeName { get; internal set; }

    /// <summary>The invoice code.</summary>
    [JsonInclude]
    [JsonPropertyName("invoiceCode")]
    public string? InvoiceCode { get; internal set; }

    /// <summary>JD's suggestion on the case.</summary>
    [JsonInclude]
    [JsonPropertyName("jdUpgradeSuggestion")]
    public string? JdUpgradeSuggestion { get; internal set; }

    /// <summary>JD's SKU type code.</summary>
    [JsonInclude]
    [JsonPropertyName("skuType")]
    public int? SkuType { get; internal set; }

    /// <summary>JD's name of <see cref="SkuType"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("skuTypeName")]
    public string? SkuTypeName { get; internal set; }

    /// <summary>The version an audit write needs (<c>sysVersion</c>).</summary>
    [JsonInclude]
    [JsonPropertyName("sysVersion")]
    public int? SysVersion { get; internal set; }

    /// <summary>The customer and their contact.</summary>
    [JsonInclude]
    [JsonPropertyName("customerInfo")]
    [JsonConverter(typeof(JdObjectConverter<AscCustomerInfo>))]
    public AscCustomerInfo? CustomerInfo { get; internal set; }

    /// <summary>The items applied for; empty when JD leaves the list out.</summary>
    [JsonInclude]
    [JsonPropertyName("applyDetailList")]
    [JsonConverter(typeof(JdListConverter<PendingAuditItem>))]
    public IReadOnlyList<PendingAuditItem> Items { get; internal set; } = [];

    /// <summary>Where JD would pick the goods up.</summary>
    [JsonInclude]
    [JsonPropertyName("doorPickwareAddress")]
    [JsonConverter(typeof(JdObjectConverter<AscAddress>))]
    public AscAddress? PickupAddress { get; internal set; }

    /// <summary>Where the customer receives goods.</summary>
    [JsonInclude]
    [JsonPropertyName("receiveWareAddress")]
    [JsonConverter(typeof(JdObjectConverter<AscAddress>))]
    public AscAddress? ReceiveAddress { get; internal set; }

    /// <summary>The pickup appointment the customer chose.</summary>
    [JsonInclude]
    [JsonPropertyName("appointment")]
    [JsonConverter(typeof(JdObjectConverter<PickupAppointment>))]
    public PickupAppointment? Appointment { get; internal set; }

    /// <summary>JD's extension fields as a JSON string.</summary>
    [JsonInclude]
    [JsonPropertyName("extJsonStr")]
    public string? ExtJson { get; internal set; }
}
