using System.Globalization;
using JdAfterSales.AfterSales;
using Spectre.Console;

namespace JdAfterSales.Samples.AfterSalesDesk;

/// <summary>
/// Prints the shop's audit reason tree (<c>jingdong.asc.audit.reason.list</c>), the codes a rules file's
/// <c>reasonCode</c> and <c>subReasonCode</c> must come from (<c>--reasons</c>).
/// </summary>
public static class ReasonTree
{
    /// <summary>Reads the tree and prints it.</summary>
    /// <param name="client">The shop's client.</param>
    /// <param name="console">Where to print.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The first-level reasons read.</returns>
    public static async Task<IReadOnlyList<AuditReason>> PrintAsync(JdClient client, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(console);
        var level1 = await client.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest(), cancellationToken).ConfigureAwait(false);
        var children = new List<IReadOnlyList<AuditReason>>();
        foreach (var reason in level1)
        {
            children.Add(await client.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest { ParentCode = reason.Code }, cancellationToken).ConfigureAwait(false));
        }

        console.WriteLine("The shop's audit reason tree: a rule's reasonCode is a first-level code, its subReasonCode one of that code's children.");
        if (console.Profile.Capabilities.Ansi)
        {
            var tree = new Tree("[bold]audit reasons[/]");
            for (var i = 0; i < level1.Count; i++)
            {
                var node = tree.AddNode(Markup.Escape(Line(level1[i])));
                foreach (var child in children[i])
                {
                    node.AddNode(Markup.Escape(Line(child)));
                }
            }

            console.Write(tree);
        }
        else
        {
            for (var i = 0; i < level1.Count; i++)
            {
                console.WriteLine(Line(level1[i]));
                foreach (var child in children[i])
                {
                    console.WriteLine("  " + Line(child));
                }
            }
        }

        return level1;
    }

    private static string Line(AuditReason reason) => $"{reason.Code.ToString(CultureInfo.InvariantCulture)}  {reason.Name}";
}
