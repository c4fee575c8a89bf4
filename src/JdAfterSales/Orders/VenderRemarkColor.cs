namespace JdAfterSales.Orders;

/// <summary>The colour flag of the shop's remark on an order (<c>flag</c>).</summary>
public enum VenderRemarkColor
{
    /// <summary>Gray (0).</summary>
    Gray = 0,

    /// <summary>Red (1).</summary>
    Red = 1,

    /// <summary>Yellow (2).</summary>
    Yellow = 2,

    /// <summary>Green (3).</summary>
    Green = 3,

    /// <summary>Blue (4).</summary>
    Blue = 4,

    /// <summary>Purple (5).</summary>
    Purple = 5,
}
