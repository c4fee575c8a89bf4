using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Automation;

/// <summary>The rules file as written: <c>{"rules":[…]}</c>. Unknown members land in the extension data and are refused.</summary>
internal sealed class AuditRuleFile
{
    public List<AuditRuleEntry?>? Rules { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
