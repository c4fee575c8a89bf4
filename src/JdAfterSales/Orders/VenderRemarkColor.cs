namespace JdAfterSales.Orders;

/// <summary>The color flag of a seller remark (<c>flag</c> of <c>jingdong.pop.order.modifyVenderRemark</c>).</summary>
public enum VenderRemarkColor
{
    /// <summary>Gray (灰, 0).</summary>
    Gray = 0,

    /// <summary>Red (红, 1).</summary>
    Red = 1,

    /// <summary>Yellow (黄, 2).</summary>
    Yellow = 2,

    /// <summary>Green (绿, 3).</summary>
    Green = 3,

    /// <summary>Blue (蓝, 4).</summary>
    Blue = 4,

    /// <summary>Purple (紫, 5).</summary>
    Purple = 5,
}
