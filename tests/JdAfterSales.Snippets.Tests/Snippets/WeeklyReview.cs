// <snippet WeeklyReview>
using JdAfterSales;
using JdAfterSales.Automation;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

/// <summary>README: the weekly review; <see cref="SnippetRunTests"/> runs it on a fake shop.</summary>
internal static class WeeklyReview
{
    public static async Task<ReturnSpikeReport> RunAsync(JdClient client, string rulesPath)
    {
        // <snippet WeeklyReview>
        var now = TimeProvider.System.GetUtcNow();
        var data = await new KpiReader(client).ReadAsync(now.AddDays(-63), now);     // 7 days + the 8-week baseline
        var spikes = new ReturnSpikeDetector(new ReturnSpikeOptions { MinimumReturns = 4 }).Detect(data.Services, data.Orders);
        var callBack = FollowUpList.Build(data, new FollowUpOptions { Window = TimeSpan.FromDays(7) });
        var table = WeeklyReasonTable.Build(data with { PeriodStart = now.AddDays(-30) }, await AuditRuleSet.LoadAsync(rulesPath));
        // </snippet>

        _ = (callBack, table);
        return spikes;
    }
}
