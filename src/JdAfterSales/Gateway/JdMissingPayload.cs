namespace JdAfterSales.Gateway;

/// <summary>
/// The one policy for an answer without the object its result needs: a <see cref="JdContractException"/>, never a
/// <c>null</c> that would look like "not found".
/// </summary>
internal static class JdMissingPayload
{
    /// <summary>A read answered without <paramref name="what"/>.</summary>
    public static JdContractException OfRead(string method, string what) =>
        new($"JD answered {method} without its {what}.") { Method = method };

    /// <summary>
    /// A write answered without <paramref name="what"/>: JD received the write, so it may have been applied; only a
    /// read can tell.
    /// </summary>
    public static JdContractException OfWrite(string method, string what) =>
        new($"JD answered the write {method} without its {what}: the write reached JD and its outcome is unknown; read the record again before deciding whether to repeat it.")
        {
            Method = method,
            Delivery = JdDeliveryState.Delivered,
        };
}
