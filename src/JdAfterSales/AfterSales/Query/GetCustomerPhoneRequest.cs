using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.view.serviceTel</c> (<see cref="JosMethods.AscViewServiceTel"/>): the customer's
/// phone for a service order, to call them about it. Sent by <see cref="AfterSalesClient.GetCustomerPhoneAsync"/>.
/// </summary>
public sealed record GetCustomerPhoneRequest : AscRequest<CustomerPhone?>
{
    private static readonly JdResponseContract<AscResultPayload<CustomerPhoneResult>, CustomerPhone?> Contract =
        AscContracts.View<CustomerPhoneResult, CustomerPhone?>(
            AfterSalesJsonContext.Default.AscResultPayloadCustomerPhoneResult,
            static (result, _) => result.Data is null && result.MaskedData is null ? null : new CustomerPhone(result.Data, result.MaskedData));

    /// <summary>The service order (<c>serviceId</c>).</summary>
    [JsonPropertyName("serviceId")]
    public required long ServiceId { get; init; }

    internal override JdResponseContract<CustomerPhone?> Response => Contract;

    private protected override string JosMethod => JosMethods.AscViewServiceTel;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override void ValidateParameters() => JdRequestRules.RequirePositive(ServiceId, "serviceId");
}
