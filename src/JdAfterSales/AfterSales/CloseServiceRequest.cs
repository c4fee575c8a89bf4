using System.Text.Json;

namespace JdAfterSales.AfterSales;

/// <summary>Parameters of <c>jingdong.asc.process.close</c>: close a service order at processing (处理关单).</summary>
public sealed record CloseServiceRequest : AscWriteRequest
{
    /// <summary><c>jingdong.asc.process.close</c>.</summary>
    public override string Method => "jingdong.asc.process.close";

    private protected override void WriteDecision(Utf8JsonWriter writer)
    {
        // Closing carries nothing beyond the order, the version and the remark.
    }
}
