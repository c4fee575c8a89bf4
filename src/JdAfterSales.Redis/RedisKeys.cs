namespace JdAfterSales.Redis;

/// <summary>
/// Every key the package uses. The part in braces is Redis Cluster's hash tag: the keys one script touches share it,
/// so they live on one node.
/// </summary>
internal static class RedisKeys
{
    public static string Tokens(string prefix, string shopId) => $"{prefix}tokens:{{{Checked(shopId, "shopId")}}}";

    public static string RefreshLease(string prefix, string shopId) => Tokens(prefix, shopId) + ":lease";

    public static string Fence(string prefix, string shopId) => Tokens(prefix, shopId) + ":fence";

    public static string AppRate(string prefix, string appKey) => $"{prefix}rate:{{{appKey}}}:app";

    public static string ShopRate(string prefix, string appKey, string? shopId) => $"{prefix}rate:{{{appKey}}}:shop:{shopId}";

    public static string WorkItem(string prefix, string itemKey) => $"{prefix}work:{{{Checked(itemKey, "itemKey")}}}";

    private static string Checked(string value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new JdValidationException(field, "is required.");
        }

        if (value.Contains('{', StringComparison.Ordinal) || value.Contains('}', StringComparison.Ordinal))
        {
            throw new JdValidationException(field, "must not contain { or }: they mark the part of a Redis key that Redis Cluster hashes.");
        }

        return value;
    }
}
