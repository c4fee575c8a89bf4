namespace JdAfterSales.AfterSales;

/// <summary>
/// One new item sent without a return (<see cref="ApproveForCompensationRequest.Wares"/>). JD takes the items as
/// parallel lists (<c>skuId</c>, <c>wareName</c>, <c>warePrice</c>, <c>wareNum</c>), matched by position.
/// </summary>
public sealed record CompensationWare
{
    /// <summary>The SKU sent (<c>skuId</c>).</summary>
    public required long SkuId { get; init; }

    /// <summary>The product name (<c>wareName</c>); it may not contain a comma, which separates JD's list.</summary>
    public required string WareName { get; init; }

    /// <summary>The item's price in yuan (<c>warePrice</c>).</summary>
    public required decimal WarePrice { get; init; }

    /// <summary>How many are sent (<c>wareNum</c>).</summary>
    public required int WareNumber { get; init; }
}
