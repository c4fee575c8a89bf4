using System.Globalization;
using JdAfterSales.AfterSales;

namespace JdAfterSales.Automation;

/// <summary>
/// One row of the table an operator keeps: an after-sales type, one of its most frequent reasons, how many service
/// orders gave it, their share of the type, and what the rules file does with a typical case of it.
/// </summary>
public sealed class WeeklyReasonRow
{
    /// <summary>The text shown when no rule acts: the default decision, or a rule whose action is to leave the case.</summary>
    public const string PersonDecides = "a person decides";

    internal WeeklyReasonRow()
    {
    }

    /// <summary>The after-sales type (the customer's expectation).</summary>
    public CustomerExpectation Type { get; internal init; }

    /// <summary>The type's Chinese name (退货, 换货, 维修…), or its code.</summary>
    public string TypeName => Type.ChineseName ?? Type.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The reason: the second-level question type name, else the first-level one, else <c>(none)</c>.</summary>
    public string Reason { get; internal init; } = "";

    /// <summary>The most frequent first-level question type code among the reason's service orders.</summary>
    public long? QuestionTypeCid1 { get; internal init; }

    /// <summary>The most frequent second-level question type code among the reason's service orders.</summary>
    public long? QuestionTypeCid2 { get; internal init; }

    /// <summary>Service orders of the type with this reason.</summary>
    public int Count { get; internal init; }

    /// <summary>Service orders of the type.</summary>
    public int TypeCount { get; internal init; }

    /// <summary><see cref="Count"/> / <see cref="TypeCount"/>, 0 to 1.</summary>
    public double Share { get; internal init; }

    /// <summary>The rules' decision for the typical case; <c>null</c> when no rule set was given.</summary>
    public AuditDecision? Decision { get; internal init; }

    /// <summary>The action as the table shows it: the action's name, or <see cref="PersonDecides"/>.</summary>
    public string ActionText => Decision is { } d && d.Action != AuditActionKind.Leave ? d.Action.ToString() : PersonDecides;
}
