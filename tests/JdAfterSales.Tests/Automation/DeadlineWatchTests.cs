using JdAfterSales.AfterSales;
using JdAfterSales.Automation;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Automation;

/// <summary>The deadline order and flags, on fake time.</summary>
public sealed class DeadlineWatchTests
{
    [Fact]
    public void Pending_services_are_ranked_by_time_left_with_overdue_and_urgent_flags()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 5, 20, 12, 0, 0, TimeSpan.FromHours(8)));
        var now = clock.GetUtcNow();
        ServiceBrief Applied(long id, TimeSpan ago) => new() { ServiceId = id, OrderId = id * 10, ApplyTime = now - ago, Status = ServiceStatus.PendingAudit };
        var services = new[]
        {
            Applied(1, TimeSpan.FromHours(2)),                   // 22 h left
            Applied(2, TimeSpan.FromHours(21)),                  // 3 h left: urgent
            Applied(3, TimeSpan.FromHours(30)),                  // 6 h overdue
            Applied(4, TimeSpan.FromHours(24)),                  // exactly at the deadline: overdue
            new ServiceBrief { ServiceId = 5, ApplyTime = null }, // unknown: last, urgent
            Applied(6, TimeSpan.FromHours(20)),                  // exactly 4 h left: not under the threshold
            Applied(7, TimeSpan.FromHours(21)),                  // same time left as 2: by service id
        };

        var ranked = DeadlineWatch.Rank(services, clock.GetUtcNow(), TimeSpan.FromHours(24), TimeSpan.FromHours(4));

        Assert.Equal([3L, 4, 2, 7, 6, 1, 5], ranked.Select(r => r.ServiceId));
        Assert.Equal([true, true, false, false, false, false, false], ranked.Select(r => r.IsOverdue));
        Assert.Equal([true, true, true, true, false, false, true], ranked.Select(r => r.IsUrgent));
        Assert.Equal(TimeSpan.FromHours(-6), ranked[0].TimeLeft);
        Assert.Equal(now.AddHours(-30).AddHours(24), ranked[0].Deadline);
        Assert.Null(ranked[^1].TimeLeft);

        // Two hours later, 2 and 7 are under an hour; 6 is now urgent.
        clock.Advance(TimeSpan.FromHours(2));
        var later = DeadlineWatch.Rank(services, clock.GetUtcNow(), TimeSpan.FromHours(24), TimeSpan.FromHours(4));
        Assert.Equal(TimeSpan.FromHours(1), later.Single(r => r.ServiceId == 2).TimeLeft);
        Assert.True(later.Single(r => r.ServiceId == 6).IsUrgent);
        Assert.False(later.Single(r => r.ServiceId == 1).IsUrgent);
    }
}
