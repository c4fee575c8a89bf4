using System.Text.Json.Serialization;

namespace JdAfterSales.Automation;

/// <summary>Source-generated JSON for the rules file and the audit trail, so trimming and native AOT stay clean.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AuditRuleFile))]
[JsonSerializable(typeof(AuditRecord))]
internal sealed partial class AutomationJsonContext : JsonSerializerContext;
