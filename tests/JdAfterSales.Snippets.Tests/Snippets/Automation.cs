// <snippet Automation>
using JdAfterSales;
using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

/// <summary>README and the Automation package's README: a desk shift in code; <see cref="SnippetRunTests"/> runs it on a fake shop.</summary>
internal static class Automation
{
    public static async Task<AfterSalesKpis> RunAsync(JdClient client, AscContactAddress shopReturnAddress, string rulesPath, long orderId)
    {
        // <snippet Automation>
        var options = new AutomationOptions { ReturnAddress = shopReturnAddress, LogisticsCustomerCode = "010K123456" };
        var rules = await AuditRuleSet.LoadAsync(rulesPath);                   // refused whole, every problem listed, if invalid
        var audit = new AuditAutomation(client, options, new JsonLinesAuditRecorder("audit.jsonl"));
        var decisions = await audit.DryRunAsync(rules);                        // each decision with the rule that made it
        await audit.ApplyAsync(rules, decisions);                              // reason codes checked against JD first

        var deadlines = await new DeadlineWatch(client, options).ListAsync();  // least time left first
        var returns = await new ReturnCompletion(client, options).RunAsync();  // idempotent; PreviewAsync writes nothing
        var view = await new CaseViewBuilder(client, options).BuildAsync(orderId);   // order, trace, services, refunds, reviews

        var now = TimeProvider.System.GetUtcNow();
        var kpis = AfterSalesKpiCalculator.Compute(await new KpiReader(client).ReadAsync(now.AddDays(-30), now));
        // </snippet>

        _ = (deadlines, returns, view);
        return kpis;
    }
}
