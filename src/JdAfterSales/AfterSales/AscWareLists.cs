using System.Globalization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// JD's parallel item lists (<c>skuId</c>, <c>wareName</c>, <c>wareNum</c>…, matched by position). JD's Java and .NET
/// SDK classes declare each as text, so each goes as one comma-joined string, and a name may not hold a comma.
/// </summary>
internal static class AscWareLists
{
    /// <summary>Joins one field of every item, or <c>null</c> (the key is left out) when there are none.</summary>
    public static string? Join<T>(IReadOnlyList<T>? items, Func<T, string> part) =>
        items is { Count: > 0 } ? string.Join(",", items.Select(part)) : null;

    /// <summary>Formats an id or a count for a list.</summary>
    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats an amount in yuan for a list or a text parameter: two decimals.</summary>
    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Refuses a list set but empty, or holding a null item; <c>required</c> also refuses none at all.</summary>
    public static void RequireItems<T>(IReadOnlyList<T>? items, bool required, string field)
        where T : class
    {
        if (items is null)
        {
            if (required)
            {
                throw new JdValidationException(field, "is required: at least one item.");
            }

            return;
        }

        if (items.Count == 0)
        {
            throw new JdValidationException(field, required
                ? "is required: at least one item."
                : "must name at least one item when the list is set; leave it null to send none.");
        }

        if (items.Any(i => i is null))
        {
            throw new JdValidationException(field, "must not hold a null item.");
        }
    }

    /// <summary>Refuses what JD would refuse in one item's SKU, name and count.</summary>
    public static void RequireWare(long skuId, string? wareName, int wareNumber)
    {
        JdRequestRules.RequirePositive(skuId, "skuId");
        JdRequestRules.RequireText(wareName, "wareName", "each item's product name");
        if (wareName!.Contains(',', StringComparison.Ordinal))
        {
            throw new JdValidationException("wareName", "must not contain a comma: JD's list of names is comma-separated.");
        }

        if (wareNumber < 1)
        {
            throw new JdValidationException("wareNum", "must be 1 or more for each item.");
        }
    }

    /// <summary>Refuses an amount in yuan that is negative or finer than a fen.</summary>
    public static void RequireMoney(decimal amount, string field)
    {
        if (amount < 0 || decimal.Round(amount, 2) != amount)
        {
            throw new JdValidationException(field, "must be zero or more, in yuan with at most two decimals.");
        }
    }
}
