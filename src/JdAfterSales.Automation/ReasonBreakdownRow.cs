using JdAfterSales.AfterSales;

namespace JdAfterSales.Automation;

/// <summary>One row of the weekly reasons table: a type, a reason, how many service orders and their share.</summary>
/// <param name="Type">The customer's expectation (return, exchange, repair…).</param>
/// <param name="Reason">The reason: the second-level question type name, else the first-level one, else <c>(none)</c>.</param>
/// <param name="Count">How many service orders.</param>
/// <param name="Share">Their share of all service orders of the period, 0 to 1.</param>
public sealed record ReasonBreakdownRow(CustomerExpectation Type, string Reason, int Count, double Share)
{
    /// <summary>The type's Chinese name (退货, 换货, 维修…), or its code.</summary>
    public string TypeName => Type.ChineseName ?? Type.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
