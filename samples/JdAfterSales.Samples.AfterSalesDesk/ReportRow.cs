namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>One row of a <see cref="ReportTable"/>.</summary>
/// <param name="Tone">How the row stands out.</param>
/// <param name="Cells">The cells, one per header.</param>
public sealed record ReportRow(RowTone Tone, IReadOnlyList<string> Cells);
