namespace JdAfterSales.AfterSales;

/// <summary>
/// One item of an exchange (<see cref="ShipReplacementRequest.Wares"/>). JD takes the items as parallel lists
/// (<c>skuId</c>, <c>wareName</c>, <c>wareNum</c>, <c>relationSkuId</c>, <c>relationWareType</c>), matched by position.
/// </summary>
public sealed record ReplacementWare
{
    /// <summary>The SKU sent (<c>skuId</c>).</summary>
    public required long SkuId { get; init; }

    /// <summary>The product name (<c>wareName</c>); it may not contain a comma, which separates JD's list.</summary>
    public required string WareName { get; init; }

    /// <summary>How many are sent (<c>wareNum</c>).</summary>
    public required int WareNumber { get; init; }

    /// <summary>The SKU this item relates to (<c>relationSkuId</c>), for example the main item of a gift; optional.</summary>
    public long? RelationSkuId { get; init; }

    /// <summary>JD's code for how it relates (<c>relationWareType</c>); set with <see cref="RelationSkuId"/>.</summary>
    public int? RelationWareType { get; init; }
}
