using System.Globalization;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.reason.list</c> (<see cref="JosMethods.AscAuditReasonList"/>): one level of
/// JD's audit reason tree, whose codes go into <see cref="AscAuditRequest.ApproveReasonCid1"/> and
/// <see cref="AscAuditRequest.ApproveReasonCid2"/>. Sent by <see cref="AfterSalesClient.ListAuditReasonsAsync"/>.
/// </summary>
public sealed record ListAuditReasonsRequest : AscRequest<IReadOnlyList<AuditReason>>
{
    private static readonly JdResponseContract<AscResultPayload<AuditReasonListResult>, IReadOnlyList<AuditReason>> Contract =
        AscContracts.View<AuditReasonListResult, IReadOnlyList<AuditReason>>(
            AfterSalesJsonContext.Default.AscResultPayloadAuditReasonListResult,
            static (result, _) => result.Data);

    /// <summary>The reason whose children to list (<c>parentCode</c>, sent as a string); <c>null</c> for the first level.</summary>
    [JsonIgnore]
    public long? ParentCode { get; init; }

    /// <summary>The service order the reasons are for (<c>serviceId</c>), optional.</summary>
    [JsonPropertyName("serviceId")]
    public long? ServiceId { get; init; }

    /// <summary>Which tree (<c>bizType</c>): audit reasons (JD's default when <c>null</c>) or JD-intervention reasons.</summary>
    [JsonIgnore]
    public AuditReasonTree? Tree { get; init; }

    [JsonInclude]
    [JsonPropertyName("parentCode")]
    internal string? ParentCodeOnWire => ParentCode?.ToString(CultureInfo.InvariantCulture);

    [JsonInclude]
    [JsonPropertyName("bizType")]
    internal int? BizTypeOnWire => (int?)Tree;

    internal override JdResponseContract<IReadOnlyList<AuditReason>> Response => Contract;

    private protected override string JosMethod => JosMethods.AscAuditReasonList;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override void ValidateParameters()
    {
        JdRequestRules.RequirePositive(ParentCode, "parentCode");
        JdRequestRules.RequirePositive(ServiceId, "serviceId");
        if (Tree is { } tree && !Enum.IsDefined(tree))
        {
            throw new JdValidationException("bizType", "must be 1 (audit reasons) or 2 (JD-intervention reasons).");
        }
    }
}
