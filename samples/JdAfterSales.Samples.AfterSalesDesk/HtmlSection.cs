namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>A section of the HTML report: a heading, a note, and a table or a chart.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Note">A line under the heading; optional.</param>
/// <param name="Table">A table; optional.</param>
/// <param name="Svg">A chart as an SVG element; optional.</param>
public sealed record HtmlSection(string Heading, string? Note = null, ReportTable? Table = null, string? Svg = null);
