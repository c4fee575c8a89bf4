namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>How a row of a report table stands out (a color on a terminal and in the HTML report; nothing in Markdown).</summary>
public enum RowTone
{
    /// <summary>An ordinary row.</summary>
    Normal,

    /// <summary>Needs attention soon (an urgent deadline).</summary>
    Warning,

    /// <summary>Needs attention now (overdue, a return spike).</summary>
    Alert,
}
