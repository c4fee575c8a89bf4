using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Redis.Tests;

/// <summary>
/// Drives fake time forward until a task completes, so waits on the clock pass instantly. The short real waits only
/// let continuations (and Redis round trips) run; no assertion depends on wall-clock time.
/// </summary>
internal static class FakeTimePump
{
    public static async Task RunAsync(FakeTimeProvider time, Task task, TimeSpan step, TimeSpan limit)
    {
        var start = time.GetUtcNow();
        while (!task.IsCompleted)
        {
            await Task.WhenAny(task, Task.Delay(5));
            if (task.IsCompleted)
            {
                break;
            }

            Assert.True(time.GetUtcNow() - start < limit, $"not finished within {limit} of fake time");
            time.Advance(step);
        }

        await task;
    }
}
