using System.Text.Json.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.audit.homepick</c> (<see cref="JosMethods.AscAuditHomepick"/>): approve, and JD
/// picks the goods up at the customer's door. Sent by <see cref="AfterSalesClient.ApproveForDoorPickupAsync"/>.
/// </summary>
public sealed record ApproveForDoorPickupRequest : AscDoorPickupApprovalRequest
{
    /// <summary>JD's pickup standard (<c>pickupStandard</c>), optional.</summary>
    [JsonPropertyName("pickupStandard")]
    public string? PickupStandard { get; init; }

    private protected override string JosMethod => JosMethods.AscAuditHomepick;
}
