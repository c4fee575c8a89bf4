namespace JdAfterSales.Automation;

/// <summary>One applied audit decision, as recorded in the audit trail.</summary>
public sealed record AuditRecord
{
    /// <summary>When the decision was applied.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The service order.</summary>
    public required long ServiceId { get; init; }

    /// <summary>Its order.</summary>
    public required long OrderId { get; init; }

    /// <summary>The zero-based index of the deciding rule; <c>null</c> for the default.</summary>
    public int? RuleIndex { get; init; }

    /// <summary>The deciding rule's name.</summary>
    public required string Rule { get; init; }

    /// <summary>The action.</summary>
    public required AuditActionKind Action { get; init; }

    /// <summary>How it ended.</summary>
    public required AuditOutcome Outcome { get; init; }

    /// <summary>JD's code or the reason, when it did not succeed.</summary>
    public string? Message { get; init; }
}
