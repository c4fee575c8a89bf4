namespace JdAfterSales.Automation;

/// <summary>One problem found in a rule set.</summary>
/// <param name="RuleIndex">The rule's zero-based index in the set; <c>null</c> for a problem with the file as a whole.</param>
/// <param name="RuleName">The rule's name when it has one.</param>
/// <param name="Field">The field at fault (its JSON name).</param>
/// <param name="Message">What is wrong.</param>
public sealed record AuditRuleProblem(int? RuleIndex, string? RuleName, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        RuleIndex is { } index
            ? $"rule #{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(RuleName is null ? "" : $" \"{RuleName}\"")}: {Field}: {Message}"
            : $"{Field}: {Message}";
}
