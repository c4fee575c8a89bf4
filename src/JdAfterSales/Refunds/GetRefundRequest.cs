using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.Refunds;

/// <summary>
/// Parameters of <c>jingdong.pop.afs.soa.refundapply.queryById</c>
/// (<see cref="JosMethods.PopAfsSoaRefundapplyQueryById"/>): one refund application. Sent by
/// <see cref="RefundsClient.GetAsync"/>.
/// </summary>
public sealed record GetRefundRequest : JdRequest<RefundApplication?>
{
    private static readonly JdResponseContract<RefundQueryPayload, RefundApplication?> Contract = new(
        RefundsJsonContext.Default.RefundQueryPayload,
        static (payload, request) =>
        {
            var result = payload.QueryResult ?? throw JdMissingPayload.OfRead(request.Method, "queryResult");
            return result.Result.Count > 0 ? result.Result[0] : null;
        });

    /// <summary>The application (<c>id</c>).</summary>
    [JsonPropertyName("id")]
    public required long Id { get; init; }

    internal override JdResponseContract<RefundApplication?> Response => Contract;

    private protected override string JosMethod => JosMethods.PopAfsSoaRefundapplyQueryById;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override JsonSerializerContext ParametersContext => RefundsJsonContext.Default;

    internal override void Validate() => JdRequestRules.RequirePositive(Id, "id");
}
