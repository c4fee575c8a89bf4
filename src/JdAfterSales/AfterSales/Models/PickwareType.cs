using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>How the returned goods reach the merchant (<c>pickwareType</c>, <c>expectPickwareType</c>). Values JD adds later are kept as they are.</summary>
[JsonConverter(typeof(JdIntEnumConverter<PickwareType>))]
public readonly record struct PickwareType : IJdOpenEnumeration<PickwareType, int>
{
    /// <summary>上门取件 — JD picks the goods up at the customer's door.</summary>
    public static readonly PickwareType DoorPickup = new(4);

    /// <summary>客户发货 — The customer ships the goods back.</summary>
    public static readonly PickwareType CustomerShips = new(40);

    /// <summary>客户送货 — The customer brings the goods in person.</summary>
    public static readonly PickwareType CustomerDelivers = new(7);

    private PickwareType(int value) => Value = value;

    /// <inheritdoc />
    public int Value { get; }

    /// <inheritdoc />
    public bool IsKnown => ChineseName is not null;

    /// <inheritdoc />
    public string? ChineseName => Value switch
    {
        4 => "上门取件",
        40 => "客户发货",
        7 => "客户送货",
        _ => null,
    };

    /// <inheritdoc />
    public static PickwareType FromValue(int value) => new(value);

    /// <summary>The value and, when known, JD's Chinese name, for logs.</summary>
    /// <returns>For example <c>4 (上门取件)</c>.</returns>
    public override string ToString() =>
        ChineseName is null ? Value.ToString(CultureInfo.InvariantCulture) : $"{Value.ToString(CultureInfo.InvariantCulture)} ({ChineseName})";
}
