using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>
/// Writes the shift to the console as it goes (Spectre tables and rules on a terminal, plain text when redirected) and
/// keeps the same lines and tables as Markdown for the report.
/// </summary>
public sealed class ShiftOutput
{
    private readonly IAnsiConsole _console;
    private readonly bool _rich;
    private readonly StringBuilder _markdown = new();

    /// <summary>Creates the output.</summary>
    /// <param name="console">The console.</param>
    public ShiftOutput(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        _console = console;
        _rich = console.Profile.Capabilities.Ansi;
    }

    /// <summary>The console.</summary>
    public IAnsiConsole Console => _console;

    /// <summary>The report so far, as Markdown.</summary>
    public string Markdown => _markdown.ToString();

    /// <summary>Starts the report with its title; the console gets its own headline.</summary>
    /// <param name="title">The report's title.</param>
    /// <param name="headline">The console's first line.</param>
    public void Title(string title, string headline)
    {
        _markdown.Append("# ").AppendLine(title).AppendLine();
        WriteConsole(headline, _rich ? new Style(decoration: Decoration.Bold) : Style.Plain);
    }

    /// <summary>A section heading.</summary>
    /// <param name="text">The heading.</param>
    public void Heading(string text)
    {
        _console.WriteLine();
        if (_rich)
        {
            _console.Write(new Rule($"[bold]{Markup.Escape(text)}[/]") { Justification = Justify.Left });
        }
        else
        {
            _console.WriteLine($"== {text} ==");
        }

        _markdown.Append("## ").AppendLine(text).AppendLine();
    }

    /// <summary>A line, printed and kept as its own Markdown paragraph.</summary>
    /// <param name="text">The line.</param>
    public void Line(string text)
    {
        WriteConsole(text, Style.Plain);
        _markdown.AppendLine(text.Trim()).AppendLine();
    }

    /// <summary>A line for the report only (for example a note that the console said differently).</summary>
    /// <param name="text">The line.</param>
    public void ReportOnly(string text) => _markdown.AppendLine(text.Trim()).AppendLine();

    /// <summary>A line for the console only.</summary>
    /// <param name="text">The line.</param>
    public void ConsoleOnly(string text) => WriteConsole(text, Style.Plain);

    /// <summary>A table, printed and kept as a Markdown table; an empty table is a "(none)" line.</summary>
    /// <param name="table">The table.</param>
    public void Table(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows.Count == 0)
        {
            Line("(none)");
            return;
        }

        var view = new Table { Border = _rich ? TableBorder.Rounded : TableBorder.Markdown };
        foreach (var header in table.Headers)
        {
            view.AddColumn(new TableColumn(new Text(header, _rich ? new Style(decoration: Decoration.Bold) : Style.Plain)));
        }

        foreach (var row in table.Rows)
        {
            var style = _rich ? ToneStyle(row.Tone) : Style.Plain;
            view.AddRow(row.Cells.Select(c => (IRenderable)new Text(c, style)));
        }

        WriteConsole(view);
        _markdown.Append("| ").AppendJoin(" | ", table.Headers.Select(Cell)).AppendLine(" |");
        _markdown.Append('|').AppendJoin("|", table.Headers.Select(_ => " --- ")).AppendLine("|");
        foreach (var row in table.Rows)
        {
            _markdown.Append("| ").AppendJoin(" | ", row.Cells.Select(Cell)).AppendLine(" |");
        }

        _markdown.AppendLine();
    }

    private void WriteConsole(string text, Style style) => _console.Write(new Text(text + Environment.NewLine, style));

    private void WriteConsole(Table table)
    {
        if (_rich)
        {
            _console.Write(table);
            return;
        }

        // Spectre pads a Markdown-bordered table with a blank line of spaces above and below; a log is better without.
        using var text = new StringWriter();
        DeskConsole.Plain(text).Write(table);
        foreach (var line in text.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0))
        {
            _console.Write(new Text(line + Environment.NewLine));
        }
    }

    private static Style ToneStyle(RowTone tone) => tone switch
    {
        RowTone.Alert => new Style(Color.Red),
        RowTone.Warning => new Style(Color.Yellow),
        _ => Style.Plain,
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
