using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.Refunds;

/// <summary>Why a refund application is rejected (<c>rejectType</c>, only with status 2). Values JD adds later are kept as they are.</summary>
[JsonConverter(typeof(JdIntEnumConverter<RefundRejectType>))]
public readonly record struct RefundRejectType : IJdOpenEnumeration<RefundRejectType, int>
{
    /// <summary>已发货在途 — The goods are already in transit.</summary>
    public static readonly RefundRejectType InTransit = new(1);

    /// <summary>已签收 — The customer already signed for the goods.</summary>
    public static readonly RefundRejectType AlreadySigned = new(2);

    /// <summary>保税已报关 — Bonded goods already declared at customs.</summary>
    public static readonly RefundRejectType BondedCustomsDeclared = new(3);

    /// <summary>客户同意签收 — The customer agreed to accept the goods.</summary>
    public static readonly RefundRejectType CustomerAgreedToSign = new(4);

    /// <summary>其他 — Another reason, explained in the remark.</summary>
    public static readonly RefundRejectType Other = new(5);

    private RefundRejectType(int value) => Value = value;

    /// <inheritdoc />
    public int Value { get; }

    /// <inheritdoc />
    public bool IsKnown => ChineseName is not null;

    /// <inheritdoc />
    public string? ChineseName => Value switch
    {
        1 => "已发货在途",
        2 => "已签收",
        3 => "保税已报关",
        4 => "客户同意签收",
        5 => "其他",
        _ => null,
    };

    /// <inheritdoc />
    public static RefundRejectType FromValue(int value) => new(value);

    /// <summary>The value and, when known, JD's Chinese name, for logs.</summary>
    /// <returns>For example <c>1 (已发货在途)</c>.</returns>
    public override string ToString() =>
        ChineseName is null ? Value.ToString(CultureInfo.InvariantCulture) : $"{Value.ToString(CultureInfo.InvariantCulture)} ({ChineseName})";
}
