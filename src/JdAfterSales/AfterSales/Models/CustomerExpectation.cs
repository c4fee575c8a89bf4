using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>What the customer asked for (<c>customerExpect</c>). Values JD adds later are kept as they are.</summary>
[JsonConverter(typeof(JdIntEnumConverter<CustomerExpectation>))]
public readonly record struct CustomerExpectation : IJdOpenEnumeration<CustomerExpectation, int>
{
    /// <summary>退货 — Return the goods for a refund.</summary>
    public static readonly CustomerExpectation Return = new(10);

    /// <summary>换货 — Exchange for another item.</summary>
    public static readonly CustomerExpectation Exchange = new(20);

    /// <summary>维修 — Repair.</summary>
    public static readonly CustomerExpectation Repair = new(30);

    /// <summary>补货 — Send a missing item again.</summary>
    public static readonly CustomerExpectation Reissue = new(80);

    private CustomerExpectation(int value) => Value = value;

    /// <inheritdoc />
    public int Value { get; }

    /// <inheritdoc />
    public bool IsKnown => ChineseName is not null;

    /// <inheritdoc />
    public string? ChineseName => Value switch
    {
        10 => "退货",
        20 => "换货",
        30 => "维修",
        80 => "补货",
        _ => null,
    };

    /// <inheritdoc />
    public static CustomerExpectation FromValue(int value) => new(value);

    /// <summary>The value and, when known, JD's Chinese name, for logs.</summary>
    /// <returns>For example <c>10 (退货)</c>.</returns>
    public override string ToString() =>
        ChineseName is null ? Value.ToString(CultureInfo.InvariantCulture) : $"{Value.ToString(CultureInfo.InvariantCulture)} ({ChineseName})";
}
