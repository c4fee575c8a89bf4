
namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.asc.process.close</c> (<see cref="JosMethods.AscProcessClose"/>): close a service order
/// at processing (处理关单). JD declares nothing beyond the service order, its order and the version. Sent by
/// <see cref="AfterSalesClient.CloseServiceAsync"/>.
/// </summary>
public sealed record CloseServiceRequest : AscWriteRequest
{
    private protected override string JosMethod => JosMethods.AscProcessClose;

    private protected override void ValidateDecision()
    {
    }
}
