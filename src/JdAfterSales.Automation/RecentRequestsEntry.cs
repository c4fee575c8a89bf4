using System.Text.Json;
using System.Text.Json.Serialization;

namespace JdAfterSales.Automation;

/// <summary>The recent-requests condition as written in the rules file.</summary>
internal sealed class RecentRequestsEntry
{
    public int? WithinDays { get; set; }

    public int? Min { get; set; }

    public int? Max { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
