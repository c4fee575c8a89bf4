using System.Globalization;
using JdAfterSales.Automation;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>
/// The shift's rule step: loads the rules file, checks its reason codes against the shop's audit reason tree, and
/// shows the decisions of a dry run. Problems with either are printed and kept, never thrown: they skip applying
/// only, and the shift goes on.
/// </summary>
public sealed class RuleStep
{
    private RuleStep()
    {
    }

    /// <summary>The rules, when the file loaded (even if their reason codes do not fit the shop).</summary>
    public AuditRuleSet? Rules { get; private init; }

    /// <summary>Whether the rules loaded and every reason code is in the shop's tree, so they may be applied.</summary>
    public bool Fit { get; private init; }

    /// <summary>The decisions of the dry run; empty when the file did not load.</summary>
    public IReadOnlyList<AuditDecision> Decisions { get; private init; } = [];

    /// <summary>The problems: the file's, or the reason codes the shop's tree lacks.</summary>
    public IReadOnlyList<string> Problems { get; private init; } = [];

    /// <summary>Runs the step.</summary>
    /// <param name="options">The shift's options (the rules file, the progress display).</param>
    /// <param name="audit">The audit job.</param>
    /// <param name="output">Where it is printed.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>What the step found.</returns>
    public static async Task<RuleStep> RunAsync(DeskShiftOptions options, AuditAutomation audit, ShiftOutput output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(output);
        var rulesFile = Path.GetFileName(options.RulesPath);
        var problems = new List<string>();
        AuditRuleSet? rules = null;
        try
        {
            rules = await AuditRuleSet.LoadAsync(options.RulesPath, cancellationToken).ConfigureAwait(false);
        }
        catch (AuditRulesException e)
        {
            problems.Add(e.Message);
        }

        var fit = false;
        if (rules is not null)
        {
            try
            {
                await audit.ValidateReasonsAsync(rules, cancellationToken).ConfigureAwait(false);
                fit = true;
            }
            catch (AuditRulesException e)
            {
                problems.Add(e.Message);
            }
        }

        output.Heading(rules is null ? $"Rule decisions: skipped ({rulesFile} has problems)" : $"Rule decisions (dry run, {rulesFile}, {rules.Rules.Count} rules)");
        foreach (var problem in problems)
        {
            output.Line(problem);
        }

        if (problems.Count > 0)
        {
            output.Line($"The rule step is skipped; the rest of the shift runs. Run with --reasons to print this shop's audit reason tree and fix {rulesFile}.");
        }

        IReadOnlyList<AuditDecision> decisions = [];
        if (rules is not null)
        {
            decisions = await DeskProgress.RunAsync(options.Progress, "service orders for the rules", p => audit.DryRunAsync(rules, p, cancellationToken)).ConfigureAwait(false);
            var decisionTable = new ReportTable("service", "type", "reason", "paid", "grade", "action", "rule");
            foreach (var d in decisions)
            {
                var c = d.Candidate;
                decisionTable.Add(
                    Format.Id(c.ServiceId), c.Expectation.ChineseName ?? "?", c.Bill?.QuestionTypeCid2Name ?? c.Bill?.QuestionTypeCid1Name ?? "",
                    c.Amount is { } amount ? Format.Money(amount) : "", c.CustomerGrade?.ToString(CultureInfo.InvariantCulture) ?? "",
                    d.Action.ToString(), d.RuleName);
            }

            output.Table(decisionTable);
            output.Line(string.Join(", ", decisions.GroupBy(d => d.Action).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        }

        return new RuleStep { Rules = rules, Fit = fit, Decisions = decisions, Problems = problems };
    }
}
