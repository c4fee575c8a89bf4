namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>The reports a shift wrote.</summary>
/// <param name="MarkdownPath">The Markdown report.</param>
/// <param name="HtmlPath">The HTML report.</param>
/// <param name="ChartCount">How many charts the HTML report has.</param>
/// <param name="ChartTime">How long drawing them took (the first chart of a process loads ScottPlot and Skia).</param>
public sealed record ShiftReportFiles(string MarkdownPath, string HtmlPath, int ChartCount, TimeSpan ChartTime);
