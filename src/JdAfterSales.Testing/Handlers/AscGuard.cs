namespace JdAfterSales.Testing;

/// <summary>Checks shared by every <c>jingdong.asc.*</c> call.</summary>
internal static class AscGuard
{
    /// <summary>
    /// buId is required on every ASC call and must be the shop's vender id; operatePin and operateNick on every one that
    /// declares them (all but serviceAndRefund.view).
    /// </summary>
    public static void CheckOperator(MethodCall call, bool identity = true)
    {
        var buId = call.Parameters.RequireString("buId");
        if (identity)
        {
            call.Parameters.RequireString("operatePin");
            call.Parameters.RequireString("operateNick");
        }

        if (!string.Equals(buId, call.Data.VenderId, StringComparison.Ordinal))
        {
            throw BusinessFailureException.WrongShop();
        }
    }

    /// <summary>ASC list pages: pageNumber from 1 (default 1), pageSize 1–50 (default 10).</summary>
    public static (int PageNumber, int PageSize) Paging(MethodCall call) =>
        (call.Parameters.Page("pageNumber", 1, 1, int.MaxValue), call.Parameters.Page("pageSize", 10, 1, 50));

    /// <summary>A begin/end pair: when one is sent the other is required too.</summary>
    public static (DateTimeOffset? Begin, DateTimeOffset? End) Range(MethodCall call, string begin, string end)
    {
        var from = call.Parameters.Date(begin);
        var to = call.Parameters.Date(end);
        if (from is not null && to is null)
        {
            throw GatewayErrorException.Missing(end);
        }

        if (to is not null && from is null)
        {
            throw GatewayErrorException.Missing(begin);
        }

        if (from > to)
        {
            throw GatewayErrorException.Invalid(begin, $"must not be after {end}");
        }

        return (from, to);
    }

    /// <summary>
    /// JD's parallel item lists (comma-joined text or arrays) must name as many items each; returns the SKUs. A list
    /// left out counts as none, so lists given together must all be given.
    /// </summary>
    public static List<long> ParallelLists(MethodCall call, string skuList, params string[] others)
    {
        var skuIds = call.Parameters.LongList(skuList) ?? [];
        foreach (var name in others)
        {
            var count = call.Parameters.StringList(name)?.Count ?? 0;
            if (count != skuIds.Count)
            {
                throw GatewayErrorException.Invalid(name, $"must list one entry per {skuList}");
            }
        }

        return skuIds;
    }

    public static bool InRange(DateTimeOffset? time, (DateTimeOffset? Begin, DateTimeOffset? End) range) =>
        range.Begin is null || (time is { } t && t >= range.Begin && t <= range.End);
}
