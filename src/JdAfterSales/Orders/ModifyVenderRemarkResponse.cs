using System.Text.Json.Serialization;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary>The payload of <c>jingdong.pop.order.modifyVenderRemark</c>.</summary>
public sealed class ModifyVenderRemarkResponse : IJdBusinessOutcome
{
    /// <summary>The success code of the envelope.</summary>
    [JsonPropertyName("code")]
    public string? Code { get; init; }

    /// <summary>JD's business result (<c>modifyvenderremark_result</c>).</summary>
    [JsonPropertyName("modifyvenderremark_result")]
    [JsonConverter(typeof(JdObjectConverter<OrderApiResult>))]
    public OrderApiResult? Result { get; init; }

    /// <inheritdoc />
    public JdBusinessError? GetBusinessError() => OrderApiResult.ErrorOf(Result, "modifyvenderremark_result is missing");
}
