namespace JdAfterSales.Testing;

/// <summary>One line of a <see cref="FakeOrder"/>.</summary>
public sealed class FakeOrderItem
{
    internal FakeOrderItem()
    {
    }

    /// <summary>Gets the SKU id (12 digits).</summary>
    public long SkuId { get; internal init; }

    /// <summary>Gets the ware (product) id.</summary>
    public long WareId { get; internal init; }

    /// <summary>Gets the merchant's own SKU code.</summary>
    public string OuterSkuId { get; internal init; } = "";

    /// <summary>Gets the product name.</summary>
    public string SkuName { get; internal init; } = "";

    /// <summary>Gets the product brand.</summary>
    public string Brand { get; internal init; } = "";

    /// <summary>Gets the unit price.</summary>
    public decimal JdPrice { get; internal init; }

    /// <summary>Gets the quantity.</summary>
    public int Count { get; internal init; }
}
