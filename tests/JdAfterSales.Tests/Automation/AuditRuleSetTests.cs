using JdAfterSales.AfterSales;
using JdAfterSales.Automation;

namespace JdAfterSales.Tests.Automation;

/// <summary>Each condition and action of the audit rules, first match wins, the default, and the rules-file errors.</summary>
public sealed class AuditRuleSetTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 20, 12, 0, 0, TimeSpan.FromHours(8));

    private static AuditCandidate Candidate(Func<AuditCandidate, AuditCandidate>? change = null)
    {
        var candidate = new AuditCandidate
        {
            ServiceId = 1001, OrderId = 2001, SysVersion = 3, Expectation = CustomerExpectation.Return,
            QuestionTypeCid1 = 1001, QuestionTypeCid2 = 100102, ReasonText = "用了两天就无法开机了 质量问题 无法开机",
            Amount = 299m, CustomerGrade = 61, CustomerPin = "jd_a", ApplyTime = Now.AddDays(-2), OrderPlacedAt = Now.AddDays(-10),
            CustomerApplyTimes = [Now.AddDays(-2), Now.AddDays(-20), Now.AddDays(-40)],
        };
        return change is null ? candidate : change(candidate);
    }

    private static AuditRule Rule(Func<AuditRule, AuditRule> change) =>
        change(new AuditRule { Name = "r", Action = AuditActionKind.Reject, ReasonCode = 1002 });

    public static TheoryData<string, Func<AuditRule, AuditRule>, Func<AuditCandidate, AuditCandidate>> Conditions => new()
    {
        { "expectation", r => r with { Expectations = [CustomerExpectation.Return] }, c => c with { Expectation = CustomerExpectation.Exchange } },
        { "questionTypeCid1", r => r with { QuestionTypeCid1 = [1001] }, c => c with { QuestionTypeCid1 = 1003 } },
        { "questionTypeCid2", r => r with { QuestionTypeCid2 = [100102] }, c => c with { QuestionTypeCid2 = 100101 } },
        { "reasonContains", r => r with { ReasonContains = ["外壳", "无法开机"] }, c => c with { ReasonText = "不喜欢" } },
        { "minAmount", r => r with { MinAmount = 299m }, c => c with { Amount = 298.99m } },
        { "maxAmount", r => r with { MaxAmount = 299m }, c => c with { Amount = 299.01m } },
        { "minGrade", r => r with { MinGrade = 61 }, c => c with { CustomerGrade = 60 } },
        { "maxGrade", r => r with { MaxGrade = 61 }, c => c with { CustomerGrade = 62 } },
        { "minDaysSinceApply", r => r with { MinDaysSinceApply = 2 }, c => c with { ApplyTime = Now.AddDays(-2).AddMinutes(1) } },
        { "maxDaysSinceApply", r => r with { MaxDaysSinceApply = 2 }, c => c with { ApplyTime = Now.AddDays(-3) } },
        { "minDaysSinceOrder", r => r with { MinDaysSinceOrder = 10 }, c => c with { OrderPlacedAt = Now.AddDays(-9) } },
        { "maxDaysSinceOrder", r => r with { MaxDaysSinceOrder = 10 }, c => c with { OrderPlacedAt = Now.AddDays(-11) } },
        { "days since order unknown", r => r with { MaxDaysSinceOrder = 10 }, c => c with { OrderPlacedAt = null } },
        { "recentRequests.min", r => r with { RecentRequests = new RecentRequestsCondition { WithinDays = 30, Min = 2 } }, c => c with { CustomerApplyTimes = [Now.AddDays(-2), Now.AddDays(-31)] } },
        { "recentRequests.max", r => r with { RecentRequests = new RecentRequestsCondition { WithinDays = 30, Max = 1 } }, c => c },
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public void Each_condition_matches_the_candidate_and_not_the_changed_one(string condition, Func<AuditRule, AuditRule> rule, Func<AuditCandidate, AuditCandidate> breaking)
    {
        var set = new AuditRuleSet([Rule(rule)]);
        var matching = condition == "recentRequests.max" ? Candidate(c => c with { CustomerApplyTimes = [Now.AddDays(-2), Now.AddDays(-40)] }) : Candidate();

        Assert.Equal(AuditActionKind.Reject, set.Evaluate(matching, Now).Action);
        var other = set.Evaluate(breaking(Candidate()), Now);
        Assert.Equal(AuditActionKind.Leave, other.Action);
        Assert.Null(other.Rule);
    }

    [Fact]
    public void Recent_requests_are_counted_within_the_window_including_this_one()
    {
        var candidate = Candidate();
        Assert.Equal(2, candidate.CountRecentRequests(30, Now));
        Assert.Equal(3, candidate.CountRecentRequests(40, Now));
        Assert.Equal(1, candidate.CountRecentRequests(2, Now));
    }

    [Fact]
    public void First_match_wins_and_no_match_leaves_it_for_a_person()
    {
        var set = new AuditRuleSet(
        [
            new AuditRule { Name = "exchanges", Expectations = [CustomerExpectation.Exchange], Action = AuditActionKind.AskFeedback, ReasonCode = 1001 },
            new AuditRule { Name = "quality", QuestionTypeCid1 = [1001], Action = AuditActionKind.ApproveReturnShipping, ReasonCode = 1001 },
            new AuditRule { Name = "cheap", MaxAmount = 500m, Action = AuditActionKind.Reject, ReasonCode = 1002 },
        ]);

        var quality = set.Evaluate(Candidate(), Now);
        Assert.Equal(("quality", 1, AuditActionKind.ApproveReturnShipping), (quality.RuleName, quality.RuleIndex!.Value, quality.Action));

        var cheap = set.Evaluate(Candidate(c => c with { QuestionTypeCid1 = 1002 }), Now);
        Assert.Equal(("cheap", 2), (cheap.RuleName, cheap.RuleIndex!.Value));

        var none = set.Evaluate(Candidate(c => c with { QuestionTypeCid1 = 1002, Amount = 900m }), Now);
        Assert.Equal(AuditActionKind.Leave, none.Action);
        Assert.Null(none.RuleIndex);
        Assert.Equal(AuditRuleSet.DefaultRuleName, none.RuleName);
    }

    [Fact]
    public void A_rules_file_reads_every_condition_and_action()
    {
        var set = AuditRuleSet.Parse("""
            {
              // comments and trailing commas are allowed
              "rules": [
                { "name": "a", "expectation": ["return", "exchange", "repair"], "questionTypeCid1": [1001], "questionTypeCid2": [100101],
                  "reasonContains": ["划痕"], "minAmount": 0, "maxAmount": 99.5, "minGrade": 1, "maxGrade": 105,
                  "minDaysSinceApply": 0, "maxDaysSinceApply": 7, "minDaysSinceOrder": 1, "maxDaysSinceOrder": 30,
                  "recentRequests": { "withinDays": 30, "min": 1, "max": 2 },
                  "action": "approveReturnShipping", "reasonCode": 1001, "subReasonCode": 100101, "notes": "同意", },
                { "name": "b", "action": "approveDoorPickup", "reasonCode": 1003 },
                { "name": "c", "action": "reject", "reasonCode": 1002 },
                { "name": "d", "action": "askFeedback", "reasonCode": 1001 },
                { "name": "e", "action": "leave" },
              ],
            }
            """);

        Assert.Equal(
            [AuditActionKind.ApproveReturnShipping, AuditActionKind.ApproveDoorPickup, AuditActionKind.Reject, AuditActionKind.AskFeedback, AuditActionKind.Leave],
            set.Rules.Select(r => r.Action));
        var a = set.Rules[0];
        Assert.Equal([CustomerExpectation.Return, CustomerExpectation.Exchange, CustomerExpectation.Repair], a.Expectations);
        Assert.Equal((99.5m, 105, 7, 30, 100101L), (a.MaxAmount!.Value, a.MaxGrade!.Value, a.MaxDaysSinceApply!.Value, a.MaxDaysSinceOrder!.Value, a.SubReasonCode!.Value));
        Assert.Equal(new RecentRequestsCondition { WithinDays = 30, Min = 1, Max = 2 }, a.RecentRequests);
        Assert.Equal("同意", a.Notes);
    }

    [Fact]
    public void An_unknown_field_is_refused_with_the_rule_index_and_name()
    {
        var error = Assert.Throws<AuditRulesException>(() => AuditRuleSet.Parse("""
            { "rules": [ { "name": "ok", "action": "leave" }, { "name": "typo", "maxAmout": 100, "action": "leave" } ] }
            """));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((1, "typo", "maxAmout"), (problem.RuleIndex, problem.RuleName, problem.Field));
        Assert.Contains("rule #1 \"typo\": maxAmout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_does_not_hide_the_other_problems_of_the_rule()
    {
        var error = Assert.Throws<AuditRulesException>(() => AuditRuleSet.Parse("""
            { "rules": [ { "name": "two", "colour": "red", "minGrade": 5, "maxGrade": 1, "recentRequests": { "min": 1, "days": 3 }, "action": "leave" } ] }
            """));

        Assert.Equal(
            ["colour", "minGrade", "recentRequests.days", "recentRequests.withinDays"],
            error.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.All(error.Problems, p => Assert.Equal((0, "two"), (p.RuleIndex!.Value, p.RuleName)));
    }

    [Fact]
    public void Impossible_ranges_and_negative_amounts_are_refused_with_the_rule_index()
    {
        var error = Assert.Throws<AuditRulesException>(() => AuditRuleSet.Parse("""
            { "rules": [
              { "name": "range", "minAmount": 500, "maxAmount": 100, "action": "leave" },
              { "name": "negative", "minAmount": -1, "action": "leave" },
              { "name": "grades", "minGrade": 9, "maxGrade": 3, "action": "leave" },
              { "name": "recent", "recentRequests": { "withinDays": 0, "min": 5, "max": 2 }, "action": "leave" }
            ] }
            """));

        Assert.Contains(error.Problems, p => p is { RuleIndex: 0, RuleName: "range", Field: "minAmount" } && p.Message.Contains("impossible", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p is { RuleIndex: 1, RuleName: "negative", Field: "minAmount" } && p.Message.Contains("negative", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p is { RuleIndex: 2, Field: "minGrade" });
        Assert.Contains(error.Problems, p => p is { RuleIndex: 3, Field: "recentRequests.withinDays" });
        Assert.Contains(error.Problems, p => p is { RuleIndex: 3, Field: "recentRequests.min" });
    }

    [Fact]
    public void An_unknown_action_is_refused_and_every_problem_is_listed_before_anything_runs()
    {
        var error = Assert.Throws<AuditRulesException>(() => AuditRuleSet.Parse("""
            { "rules": [
              { "name": "refund", "action": "refundNow", "reasonCode": 1 },
              { "name": "no reason", "action": "reject" },
              { "name": "weird", "expectation": ["swap"], "action": "leave" },
              { "action": "leave" }
            ], "version": 2 }
            """));

        Assert.Contains(error.Problems, p => p is { RuleIndex: 0, RuleName: "refund", Field: "action" } && p.Message.Contains("refundNow", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p is { RuleIndex: 1, RuleName: "no reason", Field: "reasonCode" });
        Assert.Contains(error.Problems, p => p is { RuleIndex: 2, Field: "expectation" } && p.Message.Contains("swap", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p is { RuleIndex: 3, RuleName: null, Field: "name" });
        Assert.Contains(error.Problems, p => p is { RuleIndex: null, Field: "version" });
        Assert.Equal(5, error.Problems.Count);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_rule_index()
    {
        var error = Assert.Throws<AuditRulesException>(() => AuditRuleSet.Parse("""
            { "rules": [ { "name": "a", "action": "leave" }, { "name": "b", "maxAmount": "lots", "action": "leave" } ] }
            """));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(1, problem.RuleIndex);
        Assert.Contains("maxAmount", problem.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_built_in_code_are_validated_the_same_way()
    {
        var error = Assert.Throws<AuditRulesException>(() => new AuditRuleSet(
        [
            new AuditRule { Name = "ok", Action = AuditActionKind.Leave },
            new AuditRule { Name = "bad", MinGrade = 5, MaxGrade = 1, Action = AuditActionKind.Reject, ReasonCode = 1002, Expectations = [] },
        ]));

        Assert.All(error.Problems, p => Assert.Equal((1, "bad"), (p.RuleIndex!.Value, p.RuleName)));
        Assert.Equal(["expectation", "minGrade"], error.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }
}
