namespace JdAfterSales.Automation;

/// <summary>A rule set was refused before anything ran; <see cref="Problems"/> lists every problem found.</summary>
public sealed class AuditRulesException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AuditRulesException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message and no listed problems.</summary>
    /// <param name="message">The message.</param>
    public AuditRulesException(string message)
        : base(message) => Problems = [];

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public AuditRulesException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">Every problem found.</param>
    public AuditRulesException(IReadOnlyList<AuditRuleProblem> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>Creates the exception from the problems found, with the cause.</summary>
    /// <param name="problems">Every problem found.</param>
    /// <param name="innerException">The cause.</param>
    public AuditRulesException(IReadOnlyList<AuditRuleProblem> problems, Exception innerException)
        : base(Describe(problems), innerException) => Problems = problems;

    /// <summary>Every problem found, in rule order.</summary>
    public IReadOnlyList<AuditRuleProblem> Problems { get; }

    private static string Describe(IReadOnlyList<AuditRuleProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 0
            ? "The audit rules were refused."
            : "The audit rules were refused:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
    }
}
