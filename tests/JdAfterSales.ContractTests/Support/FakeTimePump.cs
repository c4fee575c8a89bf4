using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.ContractTests.Support;

/// <summary>
/// Drives fake time forward until a call completes, so back-off waits pass instantly and deterministically. The
/// clock only moves while <c>canAdvance</c> allows it (typically: no attempt is on the wire), so an attempt's own
/// timeout never fires because the pump raced it. The short real waits only let continuations run.
/// </summary>
internal static class FakeTimePump
{
    private static readonly TimeSpan RealTimeLimit = TimeSpan.FromSeconds(30);

    public static async Task<TimeSpan> RunAsync(FakeTimeProvider clock, Task call, TimeSpan step, TimeSpan limit, Func<bool>? canAdvance = null)
    {
        var start = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        while (!call.IsCompleted)
        {
            await Task.WhenAny(call, Task.Delay(1));
            if (call.IsCompleted)
            {
                break;
            }

            Assert.True(watch.Elapsed < RealTimeLimit, $"the call did not finish within {RealTimeLimit} of real time");
            if (canAdvance is not null && !canAdvance())
            {
                continue;
            }

            Assert.True(clock.GetUtcNow() - start < limit, $"the call did not finish within {limit} of fake time");
            clock.Advance(step);
        }

        return clock.GetUtcNow() - start;
    }

    /// <summary>Waits in real time (bounded) until a condition holds, e.g. until the gateway journalled a request.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < RealTimeLimit, $"timed out waiting until {what}");
            await Task.Delay(1);
        }
    }
}
