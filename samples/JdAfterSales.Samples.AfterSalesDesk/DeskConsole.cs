using Spectre.Console;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>The consoles the desk writes to: colors and live progress on a terminal, plain text when redirected.</summary>
public static class DeskConsole
{
    /// <summary>Wide enough that a redirected line or table is never wrapped (a CI log has no width).</summary>
    private const int PlainWidth = 4096;

    /// <summary>Standard output: Spectre's own console on a terminal, plain text (no ANSI codes) when redirected.</summary>
    /// <returns>The console.</returns>
    public static IAnsiConsole ForStandardOutput() => Console.IsOutputRedirected ? Plain(Console.Out) : AnsiConsole.Console;

    /// <summary>
    /// A console on standard error for progress, when it is a terminal; <c>null</c> when redirected, so a CI log gets
    /// no progress lines.
    /// </summary>
    /// <returns>The console, or <c>null</c>.</returns>
    public static IAnsiConsole? ForProgress() =>
        Console.IsErrorRedirected ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>A console writing plain text: no colors, no cursor moves, no live displays.</summary>
    /// <param name="writer">Where the text goes.</param>
    /// <returns>The console.</returns>
    public static IAnsiConsole Plain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = PlainWidth;
        return console;
    }
}
