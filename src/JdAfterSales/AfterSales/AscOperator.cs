using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Who performs an after-sales call: the shop (<c>buId</c>) and the operator (<c>operatePin</c>, <c>operateNick</c>)
/// that every <c>jingdong.asc.*</c> method carries. A member left <c>null</c> falls back to
/// <see cref="JdClientOptions.VenderId"/>, <see cref="JdClientOptions.OperatorPin"/> or
/// <see cref="JdClientOptions.OperatorNick"/>.
/// </summary>
public sealed record AscOperator
{
    /// <summary>The longest operator account or name JD takes.</summary>
    public const int MaxLength = 50;

    /// <summary>The shop's vender id, sent as <c>buId</c>.</summary>
    public string? BuId { get; init; }

    /// <summary>The operator's JD account, sent as <c>operatePin</c> (at most 50 characters).</summary>
    public string? OperatePin { get; init; }

    /// <summary>The operator's display name, sent as <c>operateNick</c> (at most 50 characters).</summary>
    public string? OperateNick { get; init; }

    /// <summary>This operator with every member it leaves <c>null</c> taken from <paramref name="defaults"/>.</summary>
    internal AscOperator OrElse(JdRequestDefaults defaults) => new()
    {
        BuId = BuId ?? defaults.VenderId,
        OperatePin = OperatePin ?? defaults.OperatorPin,
        OperateNick = OperateNick ?? defaults.OperatorNick,
    };
}
