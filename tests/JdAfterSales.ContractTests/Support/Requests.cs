using JdAfterSales.AfterSales;
using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Support;

/// <summary>Valid typed requests for a service order of the fake's data set.</summary>
internal static class Requests
{
    public const long ReasonCid1 = 1001;

    public static AscContactAddress ReturnAddress { get; } = new()
    {
        ContactName = "售后仓 张三",
        ContactTel = "010-88886666",
        Zipcode = "100020",
        Province = 1,
        City = 72,
        County = 2819,
        DetailAddress = "北京市朝阳区京东售后仓3号门",
    };

    public static AscContactAddress PickupAddress { get; } = new()
    {
        ContactName = "李四",
        ContactTel = "13800000000",
        Province = 1,
        City = 72,
        County = 2819,
        DetailAddress = "北京市朝阳区建国路1号",
    };

    public static RejectServiceRequest Reject(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, ApproveNotes = "不符合退货条件", ApproveReasonCid1 = ReasonCid1,
    };

    public static ApproveForReturnShippingRequest ApproveForReturnShipping(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, ApproveNotes = "同意，请寄回", ApproveReasonCid1 = ReasonCid1,
        ReturnAddress = ReturnAddress, ApplyDetailIds = [DetailId(s)], ReturnAddressType = 1,
    };

    public static ApproveForDoorPickupRequest ApproveForDoorPickup(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, ApproveNotes = "同意，上门取件", ApproveReasonCid1 = ReasonCid1,
        ReturnAddress = ReturnAddress, PickupAddress = PickupAddress, ApplyDetailIds = [DetailId(s)], ReturnAddressType = 1,
    };

    public static ApproveForCustomerDeliveryRequest ApproveForCustomerDelivery(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, ApproveNotes = "同意，请送货", ApproveReasonCid1 = ReasonCid1,
        ReturnAddress = ReturnAddress, ApplyDetailIds = [DetailId(s)],
    };

    public static RequestCustomerFeedbackRequest RequestFeedback(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, ApproveNotes = "请补充照片", ApproveReasonCid1 = ReasonCid1,
    };

    public static RegisterReceiptRequest RegisterReceipt(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, ReceiveRemark = "包装完好，已入库",
    };

    public static CloseServiceRequest Close(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion,
    };

    public static CancelServiceRequest Cancel(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, ApproveNotes = "客户要求取消",
    };

    public static long DetailId(FakeServiceOrder s) => (s.ServiceId % 1_000_000) + 550_000_000;
}
