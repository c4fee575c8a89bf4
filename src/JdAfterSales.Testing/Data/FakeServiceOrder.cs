namespace JdAfterSales.Testing;

/// <summary>
/// One after-sales service order (服务单) of the fake shop, as the gateway currently holds it. Writes through the gateway
/// change it, so a test can read the expected state here without going through the client.
/// </summary>
public sealed class FakeServiceOrder
{
    internal FakeServiceOrder()
    {
    }

    /// <summary>Gets the service order id (13 digits, above 2^32).</summary>
    public long ServiceId { get; internal set; }

    /// <summary>Gets the id of the customer's application that created the service order.</summary>
    public long ApplyId { get; internal set; }

    /// <summary>Gets the id of the order the goods came from.</summary>
    public long OrderId { get; internal set; }

    /// <summary>Gets what the customer asks for: 10 return (退货), 20 exchange (换货), 30 repair (维修).</summary>
    public int CustomerExpect { get; internal set; }

    /// <summary>Gets the service status code (10001 pending audit, 10002, 10004, 10005, 10007, 10009, 10010, 10011; 7060 and 7090 after a cancelled shipment).</summary>
    public int ServiceStatus { get; internal set; }

    /// <summary>Gets <see cref="ServiceStatus"/> as a named status.</summary>
    public FakeServiceStatus State => (FakeServiceStatus)ServiceStatus;

    /// <summary>Gets the optimistic-lock version; every successful write increments it.</summary>
    public int SysVersion { get; internal set; }

    /// <summary>Gets when the customer applied (Beijing time).</summary>
    public DateTimeOffset ApplyTime { get; internal set; }

    /// <summary>Gets when the service order last changed.</summary>
    public DateTimeOffset UpdateTime { get; internal set; }

    /// <summary>Gets the deadline for the merchant's audit answer: JD gives 24 hours from the application.</summary>
    public DateTimeOffset AuditDeadline => ApplyTime.AddHours(24);

    /// <summary>Gets the customer's JD account (pin).</summary>
    public string CustomerPin { get; internal set; } = "";

    /// <summary>Gets the customer's name.</summary>
    public string CustomerName { get; internal set; } = "";

    /// <summary>Gets the customer's masked phone number.</summary>
    public string CustomerTel { get; internal set; } = "";

    /// <summary>Gets the customer's JD membership grade.</summary>
    public int CustomerGrade { get; internal set; }

    /// <summary>Gets the SKU the service is about.</summary>
    public long SkuId { get; internal set; }

    /// <summary>Gets the product name.</summary>
    public string WareName { get; internal set; } = "";

    /// <summary>Gets the product brand.</summary>
    public string WareBrand { get; internal set; } = "";

    /// <summary>Gets the number of items in the service.</summary>
    public int ServiceCount { get; internal set; }

    /// <summary>Gets the amount the customer actually paid for the items.</summary>
    public decimal ActualPayPrice { get; internal set; }

    /// <summary>Gets the level-1 question type (reason) code, from <see cref="FakeShopData.Reasons"/>.</summary>
    public int QuestionTypeCid1 { get; internal set; }

    /// <summary>Gets the level-2 question type (reason) code, from <see cref="FakeShopData.Reasons"/>.</summary>
    public int QuestionTypeCid2 { get; internal set; }

    /// <summary>Gets the customer's description of the problem.</summary>
    public string QuestionDesc { get; internal set; } = "";

    /// <summary>Gets how the goods come back: 4 door pickup, 40 customer ships, 7 customer delivers; 0 before the audit.</summary>
    public int PickwareType { get; internal set; }

    /// <summary>Gets the return waybill code (JDV + 12 digits), or <see langword="null"/> while there is none.</summary>
    public string? ExpressCode { get; internal set; }

    /// <summary>Gets the trace of the return waybill (empty when there is no waybill).</summary>
    public IReadOnlyList<FakeTraceNode> ReturnTrace => ReturnTraceNodes;

    /// <summary>Gets a value indicating whether the return parcel was signed for (last trace node titled 签收).</summary>
    public bool IsReturnSignedFor => ReturnTraceNodes.Count > 0 && ReturnTraceNodes[^1].Title == "签收";

    /// <summary>Gets when the merchant audited, if it did.</summary>
    public DateTimeOffset? ApproveTime { get; internal set; }

    /// <summary>Gets the audit result code (31 door pickup, 33 customer ships, 34 customer delivers, 22 rejected, 23 waiting feedback).</summary>
    public int? ApproveResult { get; internal set; }

    /// <summary>Gets the auditor's account.</summary>
    public string? ApprovePin { get; internal set; }

    /// <summary>Gets the auditor's name.</summary>
    public string? ApproveName { get; internal set; }

    /// <summary>Gets the auditor's notes.</summary>
    public string? ApproveNotes { get; internal set; }

    /// <summary>Gets the receipt registered for the returned goods, if any.</summary>
    public FakeReturnReceipt? Receipt { get; internal set; }

    /// <summary>Gets when processing finished (closed, cancelled or completed), if it did.</summary>
    public DateTimeOffset? ProcessTime { get; internal set; }

    /// <summary>Gets the processing result code, if processed.</summary>
    public int? ProcessResult { get; internal set; }

    /// <summary>Gets the processing notes.</summary>
    public string? ProcessNotes { get; internal set; }

    /// <summary>Gets what processing sent to the customer (the original item back, or a new one), while it stands.</summary>
    public FakeShipment? Shipment { get; internal set; }

    /// <summary>Gets whether the shop asked JD to step in (<c>jingdong.asc.process.JdIntervene</c>).</summary>
    public bool JdIntervened { get; internal set; }

    /// <summary>Gets the return freight saved by <c>jingdong.asc.freight.save</c>, in yuan, if any.</summary>
    public decimal? ReturnFreightMoney { get; internal set; }

    /// <summary>Gets the return carrier saved by <c>jingdong.asc.freight.save</c>, if any.</summary>
    public string? ReturnExpressCompany { get; internal set; }

    /// <summary>Gets the return carrier's JD id saved by <c>jingdong.asc.freight.save</c>, if any.</summary>
    public int? ReturnShipWayId { get; internal set; }

    /// <summary>Gets how many times the shop reminded the customer to ship the goods back.</summary>
    public int ShipReminders { get; internal set; }

    /// <summary>Gets the notes the shop's staff wrote (<c>jingdong.asc.track.save</c>), oldest first.</summary>
    public IReadOnlyList<FakeServiceNote> Notes => NoteEntries;

    /// <summary>Gets the operation log of the service order, oldest first.</summary>
    public IReadOnlyList<FakeServiceLog> Logs => LogEntries;

    internal List<FakeTraceNode> ReturnTraceNodes { get; } = [];

    internal List<FakeServiceLog> LogEntries { get; } = [];

    internal List<FakeServiceNote> NoteEntries { get; } = [];

    /// <inheritdoc />
    public override string ToString() =>
        $"Service {ServiceId} (order {OrderId}, expect {CustomerExpect}, status {ServiceStatus}, sysVersion {SysVersion})";
}
