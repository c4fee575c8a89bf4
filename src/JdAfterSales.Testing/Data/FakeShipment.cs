namespace JdAfterSales.Testing;

/// <summary>
/// What a processing write sent to the customer, as the fake recorded it: by <c>jingdong.asc.process.back</c>
/// (the original item), <c>.renew</c> (a new item from a JD warehouse) or <c>.offline.change</c> (a new item the shop
/// shipped).
/// </summary>
public sealed class FakeShipment
{
    /// <summary>Gets the JOS method that recorded it.</summary>
    public string Method { get; internal init; } = "";

    /// <summary>Gets who receives it (<c>consigneeName</c>), when the method takes a receiver.</summary>
    public string? ConsigneeName { get; internal init; }

    /// <summary>Gets the street address (<c>detailAddress</c>), when the method takes a receiver.</summary>
    public string? DetailAddress { get; internal init; }

    /// <summary>Gets the carrier's name (<c>shipWayName</c>), when the method takes one.</summary>
    public string? ShipWayName { get; internal init; }

    /// <summary>Gets the waybill (<c>expressCode</c>), when one was given.</summary>
    public string? ExpressCode { get; internal init; }

    /// <summary>Gets the SKUs sent (<c>skuId</c> of an exchange), in the order given; empty when none were named.</summary>
    public IReadOnlyList<long> SkuIds { get; internal init; } = [];

    /// <summary>Gets when it was recorded (Beijing time).</summary>
    public DateTimeOffset RecordedAt { get; internal init; }

    /// <inheritdoc />
    public override string ToString() => $"{Method} to {ConsigneeName ?? "(no receiver)"} by {ShipWayName ?? "JD"} {ExpressCode}";
}
