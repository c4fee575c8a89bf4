using JdAfterSales.ContractTests.Support;
using JdAfterSales.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace JdAfterSales.ContractTests.Resilience;

/// <summary>The caller's token stops a call waiting in back-off at once, and the call is never retried after.</summary>
public sealed class CancellationContractTests
{
    private const string Method = "jingdong.pop.afs.soa.refundapply.getWaitRefundNum";

    [Fact]
    public async Task A_cancelled_token_stops_a_call_waiting_in_back_off_within_100_ms_of_fake_time()
    {
        var logs = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(logs)));

        // Long back-offs (5–10 s), so the call is surely still waiting when the token is cancelled.
        await using var fixture = ResilientFixture.Start(loggerFactory: loggerFactory, change: o =>
        {
            o.Retry.BaseDelay = TimeSpan.FromSeconds(10);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(20);
        });
        fixture.Gateway.Faults.Enqueue(FakeFault.GatewayError(66), count: 5, method: Method);
        using var cts = new CancellationTokenSource();
        var call = fixture.Client.Refunds.CountPendingAsync(cts.Token);

        // The retry is scheduled (logged just before the back-off starts): cancel 50 ms of fake time later.
        await FakeTimePump.WaitUntilAsync(() => logs.GetSnapshot().Any(r => r.Id.Name == "RetryScheduled") || call.IsCompleted, "the retry was scheduled");
        Assert.False(call.IsCompleted);
        var waitingSince = fixture.Clock.GetUtcNow();
        using var cancelTimer = fixture.Clock.CreateTimer(_ => cts.Cancel(), null, TimeSpan.FromMilliseconds(50), Timeout.InfiniteTimeSpan);
        await FakeTimePump.RunAsync(fixture.Clock, call, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1), () => !cts.IsCancellationRequested);

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cts.Token, error.CancellationToken);
        Assert.InRange(fixture.Clock.GetUtcNow() - waitingSince, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100));

        // Whatever time passes now, no further attempt is made.
        for (var i = 0; i < 10; i++)
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Yield();
        }

        Assert.Single(fixture.Gateway.Journal.Records);
        Assert.Equal(1, fixture.Handler.Sent);
        Assert.Equal(5 - 1, fixture.Gateway.Faults.Pending);
        Assert.DoesNotContain(logs.GetSnapshot(), r => r.Id.Name == "RetryScheduled" && r.Message.Contains("attempt 2", StringComparison.Ordinal));
    }
}
