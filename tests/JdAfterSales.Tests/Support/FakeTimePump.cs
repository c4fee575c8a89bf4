using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Tests.Support;

/// <summary>
/// Drives fake time forward until a call completes, so back-off waits pass instantly and deterministically.
/// The short real waits only let continuations run; no test logic depends on wall-clock time.
/// </summary>
internal static class FakeTimePump
{
    public static async Task<TimeSpan> RunAsync(FakeTimeProvider time, Task call, TimeSpan step, TimeSpan limit)
    {
        var start = time.GetUtcNow();
        while (!call.IsCompleted)
        {
            await Task.WhenAny(call, Task.Delay(2));
            if (call.IsCompleted)
            {
                break;
            }

            Assert.True(time.GetUtcNow() - start < limit, $"the call did not finish within {limit} of fake time");
            time.Advance(step);
        }

        return time.GetUtcNow() - start;
    }
}
