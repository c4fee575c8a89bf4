namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>A table of the shift, kept as text cells so the console, the Markdown and the HTML report show the same.</summary>
public sealed class ReportTable
{
    private readonly List<ReportRow> _rows = [];

    /// <summary>Creates a table with its column headers.</summary>
    /// <param name="headers">The headers.</param>
    public ReportTable(params string[] headers) => Headers = headers;

    /// <summary>The headers.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<ReportRow> Rows => _rows;

    /// <summary>Adds a row.</summary>
    /// <param name="cells">The cells, one per header.</param>
    public void Add(params string[] cells) => Add(RowTone.Normal, cells);

    /// <summary>Adds a row shown with a tone.</summary>
    /// <param name="tone">How the row stands out.</param>
    /// <param name="cells">The cells, one per header.</param>
    /// <exception cref="ArgumentException">The number of cells is not the number of headers.</exception>
    public void Add(RowTone tone, params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != Headers.Count)
        {
            throw new ArgumentException($"A row needs {Headers.Count} cells, one per header; it has {cells.Length}.", nameof(cells));
        }

        _rows.Add(new ReportRow(tone, cells));
    }
}
