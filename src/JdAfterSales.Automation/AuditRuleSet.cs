using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using JdAfterSales.AfterSales;

namespace JdAfterSales.Automation;

/// <summary>
/// An ordered, validated list of audit rules. A service order is decided by the first rule whose conditions all hold;
/// when none does, it is left for a person. A set with any problem is refused whole, before anything runs, with
/// <see cref="AuditRulesException"/> listing every problem with the rule's index and name.
/// </summary>
public sealed partial class AuditRuleSet
{
    /// <summary>The name shown for the default decision (no rule matched: leave for a person).</summary>
    public const string DefaultRuleName = "(default: leave for a person)";

    /// <summary>The rule name of a record whose service order was not decided (held by another worker, no longer pending, or unreadable).</summary>
    public const string NotDecidedRuleName = "(not decided)";

    private static readonly Dictionary<string, AuditActionKind> ActionNames = new(StringComparer.Ordinal)
    {
        ["leave"] = AuditActionKind.Leave,
        ["approveReturnShipping"] = AuditActionKind.ApproveReturnShipping,
        ["approveDoorPickup"] = AuditActionKind.ApproveDoorPickup,
        ["reject"] = AuditActionKind.Reject,
        ["askFeedback"] = AuditActionKind.AskFeedback,
    };

    private static readonly Dictionary<string, CustomerExpectation> ExpectationNames = new(StringComparer.Ordinal)
    {
        ["return"] = CustomerExpectation.Return,
        ["exchange"] = CustomerExpectation.Exchange,
        ["repair"] = CustomerExpectation.Repair,
        ["reissue"] = CustomerExpectation.Reissue,
    };

    /// <summary>Creates a validated rule set from rules built in code.</summary>
    /// <param name="rules">The rules, in the order they are tried.</param>
    /// <exception cref="AuditRulesException">A rule has a problem; every problem is listed.</exception>
    public AuditRuleSet(IEnumerable<AuditRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules.ToArray();
        var problems = new List<AuditRuleProblem>();
        for (var i = 0; i < Rules.Count; i++)
        {
            Check(i, Rules[i], problems);
        }

        if (problems.Count > 0)
        {
            throw new AuditRulesException(problems);
        }
    }

    /// <summary>The rules, in the order they are tried.</summary>
    public IReadOnlyList<AuditRule> Rules { get; }

    /// <summary>
    /// Reads a rules file: <c>{"rules":[{"name":…, conditions…, "action":…, "reasonCode":…}]}</c>. Actions:
    /// <c>leave</c>, <c>approveReturnShipping</c>, <c>approveDoorPickup</c>, <c>reject</c>, <c>askFeedback</c>;
    /// expectations: <c>return</c>, <c>exchange</c>, <c>repair</c>, <c>reissue</c>. Comments and trailing commas are
    /// allowed; unknown fields are not.
    /// </summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The validated rule set.</returns>
    /// <exception cref="AuditRulesException">The file has problems; every problem is listed with the rule's index and name.</exception>
    public static AuditRuleSet Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        AuditRuleFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, AutomationJsonContext.Default.AuditRuleFile);
        }
        catch (JsonException e)
        {
            throw new AuditRulesException([ProblemAt(e.Path, e.Message)], e);
        }

        var problems = new List<AuditRuleProblem>();
        if (file is null)
        {
            throw new AuditRulesException([new AuditRuleProblem(null, null, "$", "the file holds no rules object.")]);
        }

        foreach (var name in file.Unknown?.Keys ?? Enumerable.Empty<string>())
        {
            problems.Add(new AuditRuleProblem(null, null, name, "is not a known field (expected \"rules\")."));
        }

        if (file.Rules is null)
        {
            problems.Add(new AuditRuleProblem(null, null, "rules", "is required: a list of rules."));
            throw new AuditRulesException(problems);
        }

        var rules = new List<AuditRule>();
        for (var i = 0; i < file.Rules.Count; i++)
        {
            var entry = file.Rules[i];
            if (entry is null)
            {
                problems.Add(new AuditRuleProblem(i, null, "rule", "must be an object."));
                continue;
            }

            // Even a rule with an unknown field or action is checked further, so every problem is listed at once.
            var rule = ToRule(i, entry, problems);
            Check(i, rule, problems);
            rules.Add(rule);
        }

        if (problems.Count > 0)
        {
            throw new AuditRulesException(problems);
        }

        return new AuditRuleSet(rules);
    }

    /// <summary>Reads a rules file from disk; see <see cref="Parse(string)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The validated rule set.</returns>
    /// <exception cref="AuditRulesException">The file has problems; every problem is listed.</exception>
    public static async Task<AuditRuleSet> LoadAsync(string path, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));

    /// <summary>Decides one service order: the first matching rule wins; none matching leaves it for a person.</summary>
    /// <param name="candidate">The service order.</param>
    /// <param name="now">The time of the run (for ages and recent requests).</param>
    /// <returns>The decision with the rule that made it.</returns>
    public AuditDecision Evaluate(AuditCandidate candidate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        for (var i = 0; i < Rules.Count; i++)
        {
            if (Matches(Rules[i], candidate, now))
            {
                return new AuditDecision(candidate, i, Rules[i]);
            }
        }

        return new AuditDecision(candidate, null, null);
    }

    /// <summary>Whether every condition of a rule holds for a service order.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="candidate">The service order.</param>
    /// <param name="now">The time of the run.</param>
    /// <returns><c>true</c> when the rule matches.</returns>
    public static bool Matches(AuditRule rule, AuditCandidate candidate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(candidate);
        if (rule.Expectations is { } expectations && !expectations.Contains(candidate.Expectation))
        {
            return false;
        }

        if (rule.QuestionTypeCid1 is { } cid1 && (candidate.QuestionTypeCid1 is not { } c1 || !cid1.Contains(c1)))
        {
            return false;
        }

        if (rule.QuestionTypeCid2 is { } cid2 && (candidate.QuestionTypeCid2 is not { } c2 || !cid2.Contains(c2)))
        {
            return false;
        }

        if (rule.ReasonContains is { } texts && !texts.Any(t => candidate.ReasonText.Contains(t, StringComparison.Ordinal)))
        {
            return false;
        }

        if (!InRange(candidate.Amount, rule.MinAmount, rule.MaxAmount)
            || !InRange(candidate.CustomerGrade, rule.MinGrade, rule.MaxGrade)
            || !InRange(WholeDays(candidate.ApplyTime, now), rule.MinDaysSinceApply, rule.MaxDaysSinceApply)
            || !InRange(WholeDays(candidate.OrderPlacedAt, now), rule.MinDaysSinceOrder, rule.MaxDaysSinceOrder))
        {
            return false;
        }

        if (rule.RecentRequests is { } recent)
        {
            var count = candidate.CountRecentRequests(recent.WithinDays, now);
            if (!InRange(count, recent.Min, recent.Max))
            {
                return false;
            }
        }

        return true;
    }

    private static int? WholeDays(DateTimeOffset? since, DateTimeOffset now) =>
        since is { } start ? (int)Math.Floor((now - start).TotalDays) : null;

    private static bool InRange<T>(T? value, T? min, T? max)
        where T : struct, IComparable<T>
    {
        if (min is null && max is null)
        {
            return true;
        }

        if (value is not { } v)
        {
            return false;
        }

        return (min is not { } lo || v.CompareTo(lo) >= 0) && (max is not { } hi || v.CompareTo(hi) <= 0);
    }

    private static AuditRule ToRule(int index, AuditRuleEntry entry, List<AuditRuleProblem> problems)
    {
        var name = entry.Name;
        foreach (var field in entry.Unknown?.Keys ?? Enumerable.Empty<string>())
        {
            problems.Add(new AuditRuleProblem(index, name, field, "is not a known field."));
        }

        foreach (var field in entry.RecentRequests?.Unknown?.Keys ?? Enumerable.Empty<string>())
        {
            problems.Add(new AuditRuleProblem(index, name, "recentRequests." + field, "is not a known field (expected withinDays, min, max)."));
        }

        var action = AuditActionKind.Leave;
        if (entry.Action is null)
        {
            problems.Add(new AuditRuleProblem(index, name, "action", $"is required: one of {string.Join(", ", ActionNames.Keys)}."));
        }
        else if (!ActionNames.TryGetValue(entry.Action, out action))
        {
            problems.Add(new AuditRuleProblem(index, name, "action", $"\"{entry.Action}\" is not a known action (expected one of {string.Join(", ", ActionNames.Keys)})."));
        }

        List<CustomerExpectation>? expectations = null;
        if (entry.Expectation is { } names)
        {
            expectations = [];
            var unknown = false;
            foreach (var text in names)
            {
                if (ExpectationNames.TryGetValue(text ?? "", out var expectation))
                {
                    expectations.Add(expectation);
                }
                else
                {
                    problems.Add(new AuditRuleProblem(index, name, "expectation", $"\"{text}\" is not a known expectation (expected one of {string.Join(", ", ExpectationNames.Keys)})."));
                    unknown = true;
                }
            }

            // Already reported; an empty list here would only repeat it as "must name at least one value".
            if (unknown && expectations.Count == 0)
            {
                expectations = null;
            }
        }

        return new AuditRule
        {
            Name = name ?? "",
            Expectations = expectations,
            QuestionTypeCid1 = entry.QuestionTypeCid1,
            QuestionTypeCid2 = entry.QuestionTypeCid2,
            ReasonContains = entry.ReasonContains,
            MinAmount = entry.MinAmount,
            MaxAmount = entry.MaxAmount,
            MinGrade = entry.MinGrade,
            MaxGrade = entry.MaxGrade,
            MinDaysSinceApply = entry.MinDaysSinceApply,
            MaxDaysSinceApply = entry.MaxDaysSinceApply,
            MinDaysSinceOrder = entry.MinDaysSinceOrder,
            MaxDaysSinceOrder = entry.MaxDaysSinceOrder,
            RecentRequests = entry.RecentRequests is { } recent
                ? new RecentRequestsCondition { WithinDays = recent.WithinDays ?? 0, Min = recent.Min, Max = recent.Max }
                : null,
            Action = action,
            ReasonCode = entry.ReasonCode,
            SubReasonCode = entry.SubReasonCode,
            Notes = entry.Notes,
        };
    }

    private static void Check(int index, AuditRule rule, List<AuditRuleProblem> problems)
    {
        var name = string.IsNullOrWhiteSpace(rule.Name) ? null : rule.Name;
        void Problem(string field, string message) => problems.Add(new AuditRuleProblem(index, name, field, message));

        if (name is null)
        {
            Problem("name", "is required.");
        }

        if (!Enum.IsDefined(rule.Action))
        {
            Problem("action", $"{rule.Action} is not a known action.");
        }

        CheckList(rule.Expectations, "expectation");
        CheckList(rule.QuestionTypeCid1, "questionTypeCid1");
        CheckList(rule.QuestionTypeCid2, "questionTypeCid2");
        CheckList(rule.ReasonContains, "reasonContains");
        if (rule.ReasonContains?.Any(string.IsNullOrEmpty) == true)
        {
            Problem("reasonContains", "must not hold an empty text.");
        }

        CheckRange(rule.MinAmount, rule.MaxAmount, "minAmount", "maxAmount", 0m, "an amount");
        CheckRange(rule.MinGrade, rule.MaxGrade, "minGrade", "maxGrade", 0, "a grade");
        CheckRange(rule.MinDaysSinceApply, rule.MaxDaysSinceApply, "minDaysSinceApply", "maxDaysSinceApply", 0, "a number of days");
        CheckRange(rule.MinDaysSinceOrder, rule.MaxDaysSinceOrder, "minDaysSinceOrder", "maxDaysSinceOrder", 0, "a number of days");
        if (rule.RecentRequests is { } recent)
        {
            if (recent.WithinDays < 1)
            {
                Problem("recentRequests.withinDays", "must be 1 or more.");
            }

            if (recent.Min is null && recent.Max is null)
            {
                Problem("recentRequests", "must set min or max.");
            }

            CheckRange(recent.Min, recent.Max, "recentRequests.min", "recentRequests.max", 0, "a count");
        }

        if (rule.Action != AuditActionKind.Leave && rule.ReasonCode is null)
        {
            Problem("reasonCode", $"is required for {rule.Action}: JD needs a reason from its audit reason tree (jingdong.asc.audit.reason.list).");
        }

        if (rule.ReasonCode is <= 0)
        {
            Problem("reasonCode", "must be positive.");
        }

        if (rule.SubReasonCode is <= 0)
        {
            Problem("subReasonCode", "must be positive.");
        }

        if (rule.SubReasonCode is not null && rule.ReasonCode is null)
        {
            Problem("subReasonCode", "needs reasonCode, its parent.");
        }

        void CheckList<T>(IReadOnlyList<T>? list, string field)
        {
            if (list is { Count: 0 })
            {
                Problem(field, "must name at least one value, or be left out to match any.");
            }
        }

        void CheckRange<T>(T? min, T? max, string minField, string maxField, T floor, string what)
            where T : struct, IComparable<T>
        {
            if (min is { } lo && lo.CompareTo(floor) < 0)
            {
                Problem(minField, $"must not be negative ({lo}): {what} cannot be below {floor}.");
            }

            if (max is { } hi && hi.CompareTo(floor) < 0)
            {
                Problem(maxField, $"must not be negative ({hi}): {what} cannot be below {floor}.");
            }

            if (min is { } a && max is { } b && a.CompareTo(b) > 0)
            {
                Problem(minField, $"is an impossible range: {minField} {a} is greater than {maxField} {b}.");
            }
        }
    }

    private static AuditRuleProblem ProblemAt(string? path, string message)
    {
        var match = path is null ? null : RuleIndexPattern().Match(path);
        int? index = match is { Success: true } ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        return new AuditRuleProblem(index, null, path ?? "$", "could not be read: " + message);
    }

    [GeneratedRegex(@"^\$\.rules\[(\d+)\]")]
    private static partial Regex RuleIndexPattern();
}
