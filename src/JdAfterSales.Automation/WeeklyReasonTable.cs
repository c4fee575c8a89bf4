using JdAfterSales.AfterSales;

namespace JdAfterSales.Automation;

/// <summary>
/// The weekly table: after-sales type × its most frequent reasons × count × share × the action the rules take for
/// them. Pure over the models (no calls).
/// </summary>
/// <remarks>
/// <para>
/// Service orders applied for in the period are grouped by type (the customer's expectation) and reason (the
/// second-level question type name, else the first-level one); each type lists its most frequent reasons, types with
/// the most service orders first. The share is of the type's service orders.
/// </para>
/// <para>
/// The action is what <see cref="AuditRuleSet.Evaluate"/> decides for a typical case of the type and reason, as it
/// would arrive: the type; the reason's most frequent question type codes; its reason text made of JD's question type
/// names only (no customer's description); the median amount paid and the median customer grade of the reason's
/// service orders; applied for now (0 days since the application); the median days from order to application, where
/// the orders are in the data (otherwise unknown, so a rule on order age does not match); and the customer's first
/// request (one recent request). So a rule on amount, grade or request history decides the typical case only; a
/// reason whose cases split across such a rule shows the side the median falls on.
/// </para>
/// </remarks>
public static class WeeklyReasonTable
{
    /// <summary>Builds the table over the service orders applied for in the data's period.</summary>
    /// <param name="data">The service orders, the orders (for order ages), the period and now.</param>
    /// <param name="rules">The rules file; without it no row has a decision.</param>
    /// <param name="topReasons">How many reasons each type lists; 3 by default.</param>
    /// <returns>The rows, grouped by type (largest first), most frequent reason first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topReasons"/> is less than 1.</exception>
    public static IReadOnlyList<WeeklyReasonRow> Build(KpiInput data, AuditRuleSet? rules, int topReasons = 3)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (topReasons < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(topReasons), topReasons, "topReasons must be 1 or more.");
        }

        var placed = data.Orders.Where(o => o.StartTime is not null).DistinctBy(o => o.OrderId).ToDictionary(o => o.OrderId, o => o.StartTime!.Value);
        var services = data.Services
            .DistinctBy(s => s.ServiceId)
            .Where(s => s.ApplyTime is { } t && t >= data.PeriodStart && t <= data.PeriodEnd)
            .ToList();

        return services
            .GroupBy(s => s.CustomerExpectation)
            .OrderByDescending(t => t.Count())
            .ThenBy(t => t.Key.Value)
            .SelectMany(type => type
                .GroupBy(ReturnSpikeDetector.ReasonOf, StringComparer.Ordinal)
                .OrderByDescending(r => r.Count())
                .ThenBy(r => r.Key, StringComparer.Ordinal)
                .Take(topReasons)
                .Select(reason =>
                {
                    var cid1 = Mode(reason.Select(s => s.QuestionTypeCid1));
                    var cid2 = Mode(reason.Select(s => s.QuestionTypeCid2));
                    var typical = TypicalCase(type.Key, reason.ToList(), cid1, cid2, placed, data.Now);
                    return new WeeklyReasonRow
                    {
                        Type = type.Key,
                        Reason = reason.Key,
                        QuestionTypeCid1 = cid1,
                        QuestionTypeCid2 = cid2,
                        Count = reason.Count(),
                        TypeCount = type.Count(),
                        Share = (double)reason.Count() / type.Count(),
                        Decision = rules?.Evaluate(typical, data.Now),
                    };
                }))
            .ToArray();
    }

    private static AuditCandidate TypicalCase(
        CustomerExpectation type, List<ServiceBrief> services, long? cid1, long? cid2, Dictionary<long, DateTimeOffset> placed, DateTimeOffset now)
    {
        var names = services.Select(s => s.QuestionTypeCid1Name).Concat(services.Select(s => s.QuestionTypeCid2Name))
            .Where(n => !string.IsNullOrEmpty(n)).Distinct(StringComparer.Ordinal);
        var daysToApply = services
            .Where(s => s.OrderId is { } id && placed.ContainsKey(id) && s.ApplyTime is not null)
            .Select(s => (s.ApplyTime!.Value - placed[s.OrderId!.Value]).TotalDays)
            .ToList();
        return new AuditCandidate
        {
            ServiceId = 0,
            OrderId = 0,
            Expectation = type,
            QuestionTypeCid1 = cid1,
            QuestionTypeCid2 = cid2,
            ReasonText = string.Join(" ", names),
            Amount = Median(services.Where(s => s.ActualPayPrice is not null).Select(s => s.ActualPayPrice!.Value).ToList()),
            CustomerGrade = Median(services.Where(s => s.CustomerGrade is not null).Select(s => (decimal)s.CustomerGrade!.Value).ToList()) is { } grade
                ? (int)Math.Round(grade, MidpointRounding.AwayFromZero)
                : null,
            ApplyTime = now,
            OrderPlacedAt = Median(daysToApply.Select(d => (decimal)d).ToList()) is { } days ? now.AddDays(-(double)days) : null,
            CustomerApplyTimes = [now],
        };
    }

    private static long? Mode(IEnumerable<long?> values) =>
        values.Where(v => v is not null).GroupBy(v => v!.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (long?)g.Key).FirstOrDefault();

    private static decimal? Median(List<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
