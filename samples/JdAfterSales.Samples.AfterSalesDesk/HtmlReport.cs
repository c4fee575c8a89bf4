using System.Net;
using System.Text;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>
/// The shift as one self-contained HTML page: styles inline, charts as inline SVG, no script, nothing fetched, so it
/// opens offline and can be mailed.
/// </summary>
public static class HtmlReport
{
    // CJK fonts by name for every desktop system, so a mailed report shows 退货 wherever it is opened; nothing is
    // downloaded. The charts keep the font ScottPlot measured them with (each glyph is placed), and browsers fall back.
    private const string Fonts = "\"Segoe UI\", \"Helvetica Neue\", Arial, \"PingFang SC\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"WenQuanYi Micro Hei\", sans-serif";

    private const string Style = """
        body { font-family: FONTS; color: #222; margin: 24px auto; max-width: 960px; padding: 0 16px; line-height: 1.45; }
        h1 { font-size: 22px; margin-bottom: 4px; }
        h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        p.meta { color: #666; margin-top: 0; }
        table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
        th, td { border: 1px solid #ddd; padding: 3px 8px; text-align: left; vertical-align: top; }
        th { background: #f4f4f4; }
        tr.warning td { background: #fff6db; }
        tr.alert td { background: #fde2e1; }
        svg { max-width: 100%; height: auto; display: block; }
        """;

    /// <summary>Renders the page.</summary>
    /// <param name="title">The page's title.</param>
    /// <param name="meta">The line under the title (target, mode, period).</param>
    /// <param name="sections">The sections, in order.</param>
    /// <returns>The HTML.</returns>
    public static string Render(string title, string meta, IEnumerable<HtmlSection> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>")
            .AppendLine("<html lang=\"zh-CN\">")
            .AppendLine("<head>")
            .AppendLine("<meta charset=\"utf-8\">")
            .AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).AppendLine("</title>")
            .Append("<style>").Append(Style.Replace("FONTS", Fonts, StringComparison.Ordinal)).AppendLine("</style>")
            .AppendLine("</head>")
            .AppendLine("<body>")
            .Append("<h1>").Append(Encode(title)).AppendLine("</h1>")
            .Append("<p class=\"meta\">").Append(Encode(meta)).AppendLine("</p>");
        foreach (var section in sections)
        {
            html.Append("<section>").Append("<h2>").Append(Encode(section.Heading)).AppendLine("</h2>");
            if (section.Note is { } note)
            {
                html.Append("<p>").Append(Encode(note)).AppendLine("</p>");
            }

            if (section.Svg is { } svg)
            {
                // ScottPlot's own SVG markup, drawn from our figures.
                html.Append("<figure>").Append(svg).AppendLine("</figure>");
            }

            if (section.Table is { } table)
            {
                AppendTable(html, table);
            }

            html.AppendLine("</section>");
        }

        return html.AppendLine("</body>").AppendLine("</html>").ToString();
    }

    private static void AppendTable(StringBuilder html, ReportTable table)
    {
        if (table.Rows.Count == 0)
        {
            html.AppendLine("<p>(none)</p>");
            return;
        }

        html.Append("<table><thead><tr>");
        foreach (var header in table.Headers)
        {
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        html.AppendLine("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append(row.Tone switch { RowTone.Alert => "<tr class=\"alert\">", RowTone.Warning => "<tr class=\"warning\">", _ => "<tr>" });
            foreach (var cell in row.Cells)
            {
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
