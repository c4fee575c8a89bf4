namespace JdAfterSales.Automation;

internal static class EnumerableExtensions
{
    /// <summary>The one item matching, or <c>null</c> when none or several do.</summary>
    public static T? SingleOrDefaultIfMany<T>(this IEnumerable<T> items, Func<T, bool> predicate)
        where T : class
    {
        T? found = null;
        foreach (var item in items.Where(predicate))
        {
            if (found is not null)
            {
                return null;
            }

            found = item;
        }

        return found;
    }
}
