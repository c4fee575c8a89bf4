using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>The checks the writes that move goods share: the carrier and the item count.</summary>
internal static class AscShipping
{
    /// <summary>Refuses a missing carrier: JD's ids are non-zero (-10 is "another carrier").</summary>
    public static void RequireCarrier(int shipWayId, string? shipWayName)
    {
        if (shipWayId == 0)
        {
            throw new JdValidationException("shipWayId", "is required: JD's carrier id (for example 10 for JD Express, -10 for another carrier).");
        }

        JdRequestRules.RequireText(shipWayName, "shipWayName", "the carrier's name");
    }

    /// <summary>Refuses an item count JD would refuse, when one is given.</summary>
    public static void RequireWareNum(int? wareNum)
    {
        if (wareNum is < 1)
        {
            throw new JdValidationException("wareNum", "must be 1 or more.");
        }
    }
}
