using System.Globalization;
using System.Text;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>A plain table rendered as aligned text for the console and as Markdown for the report.</summary>
public sealed class TextTable
{
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table with its column headers.</summary>
    /// <param name="headers">The headers.</param>
    public TextTable(params string[] headers) => Headers = headers;

    /// <summary>The headers.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows => _rows;

    /// <summary>Adds a row.</summary>
    /// <param name="cells">The cells, one per header.</param>
    public void Add(params string[] cells) => _rows.Add(cells);

    /// <summary>Writes the table as aligned text (CJK characters count as two columns).</summary>
    /// <param name="output">Where to write.</param>
    public void WriteText(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var widths = Headers.Select((h, i) => _rows.Select(r => Width(r[i])).Append(Width(h)).Max()).ToArray();
        output.WriteLine("  " + Line(Headers, widths));
        output.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            output.WriteLine("  " + Line(row, widths));
        }
    }

    /// <summary>Appends the table as Markdown.</summary>
    /// <param name="markdown">Where to append.</param>
    public void WriteMarkdown(StringBuilder markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        markdown.Append("| ").AppendJoin(" | ", Headers).AppendLine(" |");
        markdown.Append('|').AppendJoin("|", Headers.Select(_ => " --- ")).AppendLine("|");
        foreach (var row in _rows)
        {
            markdown.Append("| ").AppendJoin(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))).AppendLine(" |");
        }

        markdown.AppendLine();
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c + new string(' ', widths[i] - Width(c)))).TrimEnd();

    private static int Width(string text) =>
        text.Sum(c => c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFF60')) ? 2 : 1);

    /// <summary>Formats a share as a percentage.</summary>
    /// <param name="share">0 to 1.</param>
    /// <returns>For example <c>12.5%</c>.</returns>
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Formats money.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>For example <c>¥1,234.50</c>.</returns>
    public static string Money(decimal amount) => "¥" + amount.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>Formats a duration as hours and minutes, negative when overdue.</summary>
    /// <param name="time">The duration.</param>
    /// <returns>For example <c>-1h05m</c> or <c>3h20m</c>.</returns>
    public static string Hours(TimeSpan? time)
    {
        if (time is not { } t)
        {
            return "?";
        }

        var sign = t < TimeSpan.Zero ? "-" : "";
        var abs = t.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{(int)abs.TotalHours}h{abs.Minutes:00}m");
    }
}
