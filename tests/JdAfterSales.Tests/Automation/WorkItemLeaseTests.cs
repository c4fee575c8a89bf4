using JdAfterSales.Automation;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Automation;

public sealed class WorkItemLeaseTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task One_holder_at_a_time_and_a_dead_holders_lease_expires_for_the_next()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var leases = new JdInMemoryWorkItemLeases(time);
        var key = JdWorkItemKeys.ServiceOrder(123456789);

        var first = await leases.TryAcquireAsync(key, Duration, default);
        Assert.NotNull(first);
        Assert.Null(await leases.TryAcquireAsync(key, Duration, default));
        Assert.NotNull(await leases.TryAcquireAsync(JdWorkItemKeys.Refund(123456789), Duration, default));

        // The first holder "dies": nothing renews or releases its lease, which ends after its duration.
        time.Advance(Duration - TimeSpan.FromMilliseconds(1));
        Assert.Null(await leases.TryAcquireAsync(key, Duration, default));
        time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await leases.TryAcquireAsync(key, Duration, default);
        Assert.NotNull(second);

        // The dead holder cannot renew or release what is now someone else's.
        Assert.False(await first!.RenewAsync(Duration, default));
        await first.ReleaseAsync(default);
        Assert.Null(await leases.TryAcquireAsync(key, Duration, default));
    }

    [Fact]
    public async Task Renewing_keeps_the_item_and_releasing_frees_it_at_once()
    {
        var time = new FakeTimeProvider(TestClients.VectorInstant);
        var leases = new JdInMemoryWorkItemLeases(time);
        var key = JdWorkItemKeys.Refund(42);
        var lease = (await leases.TryAcquireAsync(key, Duration, default))!;

        for (var i = 0; i < 5; i++)
        {
            time.Advance(TimeSpan.FromSeconds(20));
            Assert.True(await lease.RenewAsync(Duration, default));
            Assert.Null(await leases.TryAcquireAsync(key, Duration, default));
        }

        Assert.Equal(time.GetUtcNow() + Duration, lease.ExpiresAt);
        await lease.DisposeAsync();
        Assert.NotNull(await leases.TryAcquireAsync(key, Duration, default));
    }

    [Fact]
    public async Task Bad_keys_and_durations_are_validation_errors()
    {
        var leases = new JdInMemoryWorkItemLeases();
        Assert.Equal("itemKey", (await Assert.ThrowsAsync<JdValidationException>(() => leases.TryAcquireAsync(" ", Duration, default).AsTask())).Field);
        Assert.Equal("duration", (await Assert.ThrowsAsync<JdValidationException>(() => leases.TryAcquireAsync("k", TimeSpan.Zero, default).AsTask())).Field);
    }
}
