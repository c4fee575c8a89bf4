using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.detail</c> (<see cref="JosMethods.AscAuditDetail"/>): one application waiting
/// for audit, in full, by its <see cref="PendingAudit.ApplyId"/>. Sent by <see cref="AfterSalesClient.GetPendingAuditAsync"/>.
/// </summary>
public sealed record GetPendingAuditRequest : AscRequest<PendingAuditDetail?>
{
    private static readonly JdResponseContract<AscResultPayload<PendingAuditDetailResult>, PendingAuditDetail?> Contract =
        AscContracts.View<PendingAuditDetailResult, PendingAuditDetail?>(
            AfterSalesJsonContext.Default.AscResultPayloadPendingAuditDetailResult,
            static (result, _) => result.Data);

    /// <summary>The application (<c>applyId</c>).</summary>
    [JsonPropertyName("applyId")]
    public required long ApplyId { get; init; }

    internal override JdResponseContract<PendingAuditDetail?> Response => Contract;

    private protected override string JosMethod => JosMethods.AscAuditDetail;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override void ValidateParameters() => JdRequestRules.RequirePositive(ApplyId, "applyId");
}
