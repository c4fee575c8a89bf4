namespace JdAfterSales.Automation;

/// <summary>What the automation needs of an order (<c>jingdong.pop.order.*</c>).</summary>
public sealed record OrderSnapshot
{
    /// <summary>The order.</summary>
    public required long OrderId { get; init; }

    /// <summary>JD's order state code, for example <c>FINISHED_L</c>.</summary>
    public string? State { get; init; }

    /// <summary>JD's description of the state.</summary>
    public string? StateRemark { get; init; }

    /// <summary>When the order was placed.</summary>
    public DateTimeOffset? PlacedAt { get; init; }

    /// <summary>What the customer paid.</summary>
    public decimal? Payment { get; init; }

    /// <summary>The customer's pin.</summary>
    public string? CustomerPin { get; init; }

    /// <summary>The outbound waybill.</summary>
    public string? Waybill { get; init; }

    /// <summary>The carrier id; 467 is JD Logistics.</summary>
    public string? LogisticsId { get; init; }

    /// <summary>The products ordered.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
}
