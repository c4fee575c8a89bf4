namespace JdAfterSales.Automation;

/// <summary>The decision the rules made for one service order, with the rule that made it.</summary>
/// <param name="Candidate">The service order decided on.</param>
/// <param name="RuleIndex">The zero-based index of the matching rule; <c>null</c> when no rule matched.</param>
/// <param name="Rule">The matching rule; <c>null</c> when no rule matched (the default: leave for a person).</param>
public sealed record AuditDecision(AuditCandidate Candidate, int? RuleIndex, AuditRule? Rule)
{
    /// <summary>The action to take.</summary>
    public AuditActionKind Action => Rule?.Action ?? AuditActionKind.Leave;

    /// <summary>The name of the deciding rule, or <c>(default)</c>.</summary>
    public string RuleName => Rule?.Name ?? AuditRuleSet.DefaultRuleName;

    /// <inheritdoc />
    public override string ToString() => $"{Candidate.ServiceId}: {Action} by {RuleName}";
}
