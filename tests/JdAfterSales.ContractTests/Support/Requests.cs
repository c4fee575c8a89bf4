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

    public static ConsigneeAddress Consignee { get; } = new()
    {
        Name = "李四",
        Tel = "13800000000",
        ProvinceCode = 1,
        CityCode = 72,
        CountyCode = 2819,
        VillageCode = 0,
        DetailAddress = "北京市朝阳区建国路1号",
    };

    public static ShipOriginalBackRequest ShipOriginalBack(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, Consignee = Consignee,
        ShipWayId = 10, ShipWayName = "京东快递", ExpressCode = "JDVB00000000001", ApplyRemark = "已维修，原物寄回",
    };

    public static CancelOriginalBackRequest CancelOriginalBack(FakeServiceOrder s) => new() { ServiceId = s.ServiceId, OrderId = s.OrderId };

    public static ShipReplacementRequest ShipReplacement(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, Consignee = Consignee,
        ApplyDescription = "质量问题，换新", DeliveryCenterId = 6, DeliveryCenterName = "北京亚洲一号", StoreId = 5, CollectFreight = false,
        Wares = [new ReplacementWare { SkuId = s.SkuId, WareName = s.WareName, WareNumber = 1 }],
    };

    public static RegisterOfflineExchangeRequest RegisterOfflineExchange(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, Outcome = OfflineExchangeOutcome.Exchanged,
        ShipWayId = 30, ShipWayName = "顺丰", ExpressCode = "SF1000000001",
    };

    public static CancelOfflineExchangeRequest CancelOfflineExchange(FakeServiceOrder s) => new() { ServiceId = s.ServiceId, OrderId = s.OrderId };

    public static RequestJdInterventionRequest RequestJdIntervention(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, InterveneReasonCid1 = 2001, InterveneReasonCid2 = 2002, ContactTel = "010-88886666",
    };

    public static ApproveForDoorExchangeRequest ApproveForDoorExchange(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, ApproveNotes = "同意，上门换新", ApproveReasonCid1 = ReasonCid1,
        ReturnAddress = ReturnAddress, PickupAddress = PickupAddress, ApplyDetailIds = [DetailId(s)], ReturnAddressType = 1,
        DeliveryCenterId = 6, DeliveryCenterName = "北京亚洲一号", StoreId = 5,
        Wares = [new ReplacementWare { SkuId = s.SkuId, WareName = s.WareName.Replace(",", "，", StringComparison.Ordinal), WareNumber = 1 }],
    };

    public static ApproveForCompensationRequest ApproveForCompensation(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, ApproveNotes = "补发新品，无需寄回", ApproveReasonCid1 = ReasonCid1,
        DeliveryCenterId = 6, DeliveryCenterName = "北京亚洲一号", StoreId = 5, CustomerAddress = PickupAddress with { ContactMobile = "13800000000" },
        Wares =
        [
            new CompensationWare { SkuId = s.SkuId, WareName = "新品", WarePrice = s.ActualPayPrice, WareNumber = 1 },
            new CompensationWare { SkuId = 100012345699, WareName = "赠品", WarePrice = 0m, WareNumber = 1 },
        ],
    };

    public static ApproveForReissueRequest ApproveForReissue(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, SysVersion = s.SysVersion, ApproveNotes = "补发新品，无需寄回", ApproveReasonCid1 = ReasonCid1,
        ExpressCode = "JDVR00000000001", ShipWayId = 10, ShipWayName = "京东快递",
    };

    public static RemindCustomerToShipRequest RemindToShip(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, CustomerMobile = "13800000000", AfterSalesAddress = "北京市朝阳区京东售后仓3号门",
    };

    public static RegisterReturnFreightRequest RegisterReturnFreight(FakeServiceOrder s) => new()
    {
        ServiceId = s.ServiceId, OrderId = s.OrderId, FreightMoney = 15.50m, ExpressCode = "SF2000000001", ExpressCompany = "顺丰", ShipWayId = 30,
    };

    public static AddServiceNoteRequest AddNote(FakeServiceOrder s) => new() { ServiceId = s.ServiceId, Note = "客户来电，已说明寄回地址" };

    public static long DetailId(FakeServiceOrder s) => (s.ServiceId % 1_000_000) + 550_000_000;
}
