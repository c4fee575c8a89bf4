using JdAfterSales.AfterSales;

namespace JdAfterSales.Automation;

/// <summary>
/// The pending service orders (status 10001) ordered by the time left in JD's answer window (24 hours from
/// <c>applyTime</c>), least first: overdue ones first (most overdue at the top), then those under the warning
/// threshold, then the rest. Time comes from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class DeadlineWatch
{
    private readonly JdClient _client;
    private readonly AutomationOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the watch.</summary>
    /// <param name="client">The JD client.</param>
    /// <param name="options">The answer window and the warning threshold.</param>
    /// <param name="timeProvider">The clock; the system clock when <c>null</c>.</param>
    public DeadlineWatch(JdClient client, AutomationOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new AutomationOptions();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Reads every pending service order (<c>jingdong.asc.query.list</c>, status 10001) and ranks them.</summary>
    /// <param name="progress">Reports how many were read so far; optional.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The ranked list.</returns>
    public async Task<IReadOnlyList<DeadlineItem>> ListAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var pending = new List<ServiceBrief>();
        await foreach (var service in _client.AfterSales.ListAllServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit, PageSize = 50 }, cancellationToken).ConfigureAwait(false))
        {
            pending.Add(service);
            progress?.Report(pending.Count);
        }

        return Rank(pending, _time.GetUtcNow(), _options.AnswerWindow, _options.DeadlineWarning);
    }

    /// <summary>Ranks service orders by time left in the answer window.</summary>
    /// <param name="services">The pending service orders.</param>
    /// <param name="now">The time now.</param>
    /// <param name="answerWindow">JD's answer window (24 hours).</param>
    /// <param name="warning">Less time left than this is flagged urgent.</param>
    /// <returns>The ranked list: least time left first, ties by service id; unknown apply times last.</returns>
    public static IReadOnlyList<DeadlineItem> Rank(IEnumerable<ServiceBrief> services, DateTimeOffset now, TimeSpan answerWindow, TimeSpan warning)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services
            .Select(s =>
            {
                var deadline = s.ApplyTime + answerWindow;
                var left = deadline - now;
                return new DeadlineItem
                {
                    ServiceId = s.ServiceId,
                    OrderId = s.OrderId,
                    Expectation = s.CustomerExpectation,
                    CustomerName = s.CustomerName,
                    WareName = s.WareName,
                    ApplyTime = s.ApplyTime,
                    Deadline = deadline,
                    TimeLeft = left,
                    IsOverdue = left <= TimeSpan.Zero,
                    IsUrgent = left is not { } l || l < warning,
                };
            })
            .OrderBy(i => i.TimeLeft is null)
            .ThenBy(i => i.TimeLeft)
            .ThenBy(i => i.ServiceId)
            .ToArray();
    }
}
