using System.Globalization;
using Spectre.Console;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>
/// Spectre's live progress display for the long steps (walking weeks of service orders, completing returns): a spinner,
/// what is being read and how many so far, the time taken. Cleared when the step is done.
/// </summary>
public sealed class DeskProgress
{
    private readonly IAnsiConsole _console;

    /// <summary>Creates the display on a console (a terminal: it redraws in place).</summary>
    /// <param name="console">The console.</param>
    public DeskProgress(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        _console = console;
    }

    /// <summary>Runs a step with its progress shown.</summary>
    /// <typeparam name="T">What the step returns.</typeparam>
    /// <param name="what">What the step reads, for example "service orders".</param>
    /// <param name="step">The step; it reports how many items it has read so far.</param>
    /// <returns>What the step returned.</returns>
    public async Task<T> RunAsync<T>(string what, Func<IProgress<int>, Task<T>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var label = Markup.Escape(what);
        T result = default!;
        await _console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: 1).IsIndeterminate();
                result = await step(new Counter(n => task.Description = $"{label}: {n.ToString(CultureInfo.InvariantCulture)}"));
                task.Value = 1;
                task.StopTask();
            });
        return result;
    }

    /// <summary>Runs a step with its progress shown when there is a display, else with none.</summary>
    /// <typeparam name="T">What the step returns.</typeparam>
    /// <param name="progress">The display, or <c>null</c>.</param>
    /// <param name="what">What the step reads.</param>
    /// <param name="step">The step.</param>
    /// <returns>What the step returned.</returns>
    public static Task<T> RunAsync<T>(DeskProgress? progress, string what, Func<IProgress<int>?, Task<T>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return progress is null ? step(null) : progress.RunAsync<T>(what, p => step(p));
    }

    // Progress<T> would post to a captured context; the display reads the latest description on its own timer.
    private sealed class Counter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
