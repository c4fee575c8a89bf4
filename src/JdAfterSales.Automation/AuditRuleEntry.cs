using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Automation;

/// <summary>One rule as written in the rules file.</summary>
internal sealed class AuditRuleEntry
{
    public string? Name { get; set; }

    public List<string>? Expectation { get; set; }

    public List<long>? QuestionTypeCid1 { get; set; }

    public List<long>? QuestionTypeCid2 { get; set; }

    public List<string>? ReasonContains { get; set; }

    public decimal? MinAmount { get; set; }

    public decimal? MaxAmount { get; set; }

    public int? MinGrade { get; set; }

    public int? MaxGrade { get; set; }

    public int? MinDaysSinceApply { get; set; }

    public int? MaxDaysSinceApply { get; set; }

    public int? MinDaysSinceOrder { get; set; }

    public int? MaxDaysSinceOrder { get; set; }

    public RecentRequestsEntry? RecentRequests { get; set; }

    public string? Action { get; set; }

    public long? ReasonCode { get; set; }

    public long? SubReasonCode { get; set; }

    public string? Notes { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
