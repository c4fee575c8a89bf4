using JdAfterSales.AfterSales;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;

namespace JdAfterSales;

/// <summary>
/// Builds the library's result models for tests: a substitute <see cref="JdClient"/> or sub-client returns what these
/// methods make. The models are read-only to callers (JD fills them), so this is the one way to make one by hand;
/// every parameter is optional and defaults to what JD leaves out (<c>null</c>, an empty list).
/// </summary>
public static class JdAfterSalesModelFactory
{
    /// <summary>Makes a <see cref="ServiceBrief"/>; each parameter sets the property of the same name.</summary>
    /// <param name="serviceId">The property's value.</param>
    /// <param name="applyId">The property's value.</param>
    /// <param name="customerExpectation">The property's value.</param>
    /// <param name="customerExpectationName">The property's value.</param>
    /// <param name="orderId">The property's value.</param>
    /// <param name="status">The property's value.</param>
    /// <param name="statusName">The property's value.</param>
    /// <param name="applyTime">The property's value.</param>
    /// <param name="updateDate">The property's value.</param>
    /// <param name="orderType">The property's value.</param>
    /// <param name="orderTypeName">The property's value.</param>
    /// <param name="customerPin">The property's value.</param>
    /// <param name="customerName">The property's value.</param>
    /// <param name="customerTel">The property's value.</param>
    /// <param name="customerGrade">The property's value.</param>
    /// <param name="skuId">The property's value.</param>
    /// <param name="wareName">The property's value.</param>
    /// <param name="wareType">The property's value.</param>
    /// <param name="wareTypeName">The property's value.</param>
    /// <param name="skuType">The property's value.</param>
    /// <param name="skuTypeName">The property's value.</param>
    /// <param name="pickwareType">The property's value.</param>
    /// <param name="questionTypeCid1">The property's value.</param>
    /// <param name="questionTypeCid1Name">The property's value.</param>
    /// <param name="questionTypeCid2">The property's value.</param>
    /// <param name="questionTypeCid2Name">The property's value.</param>
    /// <param name="platformSource">The property's value.</param>
    /// <param name="platformSourceName">The property's value.</param>
    /// <param name="sysVersion">The property's value.</param>
    /// <param name="serviceCount">The property's value.</param>
    /// <param name="actualPayPrice">The property's value.</param>
    /// <param name="approveTime">The property's value.</param>
    /// <param name="approvePin">The property's value.</param>
    /// <param name="approveName">The property's value.</param>
    /// <param name="approveResult">The property's value.</param>
    /// <param name="approveResultName">The property's value.</param>
    /// <param name="processTime">The property's value.</param>
    /// <param name="processPin">The property's value.</param>
    /// <param name="processName">The property's value.</param>
    /// <param name="processResult">The property's value.</param>
    /// <param name="processResultName">The property's value.</param>
    /// <param name="expressCode">The property's value.</param>
    /// <param name="freightUpdateDate">The property's value.</param>
    /// <param name="extJson">The property's value.</param>
    /// <returns>The model.</returns>
    public static ServiceBrief ServiceBrief(
        long serviceId = default,
        long? applyId = default,
        CustomerExpectation customerExpectation = default,
        string? customerExpectationName = default,
        long? orderId = default,
        ServiceStatus status = default,
        string? statusName = default,
        DateTimeOffset? applyTime = default,
        DateTimeOffset? updateDate = default,
        int? orderType = default,
        string? orderTypeName = default,
        string? customerPin = default,
        string? customerName = default,
        string? customerTel = default,
        int? customerGrade = default,
        long? skuId = default,
        string? wareName = default,
        int? wareType = default,
        string? wareTypeName = default,
        int? skuType = default,
        string? skuTypeName = default,
        PickwareType? pickwareType = default,
        long? questionTypeCid1 = default,
        string? questionTypeCid1Name = default,
        long? questionTypeCid2 = default,
        string? questionTypeCid2Name = default,
        int? platformSource = default,
        string? platformSourceName = default,
        int? sysVersion = default,
        int? serviceCount = default,
        decimal? actualPayPrice = default,
        DateTimeOffset? approveTime = default,
        string? approvePin = default,
        string? approveName = default,
        int? approveResult = default,
        string? approveResultName = default,
        DateTimeOffset? processTime = default,
        string? processPin = default,
        string? processName = default,
        int? processResult = default,
        string? processResultName = default,
        string? expressCode = default,
        DateTimeOffset? freightUpdateDate = default,
        string? extJson = default)
    {
        return new ServiceBrief
        {
            ServiceId = serviceId,
            ApplyId = applyId,
            CustomerExpectation = customerExpectation,
            CustomerExpectationName = customerExpectationName,
            OrderId = orderId,
            Status = status,
            StatusName = statusName,
            ApplyTime = applyTime,
            UpdateDate = updateDate,
            OrderType = orderType,
            OrderTypeName = orderTypeName,
            CustomerPin = customerPin,
            CustomerName = customerName,
            CustomerTel = customerTel,
            CustomerGrade = customerGrade,
            SkuId = skuId,
            WareName = wareName,
            WareType = wareType,
            WareTypeName = wareTypeName,
            SkuType = skuType,
            SkuTypeName = skuTypeName,
            PickwareType = pickwareType,
            QuestionTypeCid1 = questionTypeCid1,
            QuestionTypeCid1Name = questionTypeCid1Name,
            QuestionTypeCid2 = questionTypeCid2,
            QuestionTypeCid2Name = questionTypeCid2Name,
            PlatformSource = platformSource,
            PlatformSourceName = platformSourceName,
            SysVersion = sysVersion,
            ServiceCount = serviceCount,
            ActualPayPrice = actualPayPrice,
            ApproveTime = approveTime,
            ApprovePin = approvePin,
            ApproveName = approveName,
            ApproveResult = approveResult,
            ApproveResultName = approveResultName,
            ProcessTime = processTime,
            ProcessPin = processPin,
            ProcessName = processName,
            ProcessResult = processResult,
            ProcessResultName = processResultName,
            ExpressCode = expressCode,
            FreightUpdateDate = freightUpdateDate,
            ExtJson = extJson,
        };
    }

    /// <summary>Makes a <see cref="ServiceBill"/>; each parameter sets the property of the same name.</summary>
    /// <param name="serviceId">The property's value.</param>
    /// <param name="applyId">The property's value.</param>
    /// <param name="applyTime">The property's value.</param>
    /// <param name="status">The property's value.</param>
    /// <param name="statusName">The property's value.</param>
    /// <param name="questionTypeCid1">The property's value.</param>
    /// <param name="questionTypeCid1Name">The property's value.</param>
    /// <param name="questionTypeCid2">The property's value.</param>
    /// <param name="questionTypeCid2Name">The property's value.</param>
    /// <param name="questionDescription">The property's value.</param>
    /// <param name="questionPictures">The property's value.</param>
    /// <param name="orderId">The property's value.</param>
    /// <param name="orderType">The property's value.</param>
    /// <param name="orderTypeName">The property's value.</param>
    /// <param name="updateName">The property's value.</param>
    /// <param name="updateDate">The property's value.</param>
    /// <param name="sysVersion">The property's value.</param>
    /// <param name="hasInvoice">The property's value.</param>
    /// <param name="needDetectionReport">The property's value.</param>
    /// <param name="hasPackage">The property's value.</param>
    /// <param name="customerExpectation">The property's value.</param>
    /// <param name="customerExpectationName">The property's value.</param>
    /// <param name="refundType">The property's value.</param>
    /// <param name="refundTypeName">The property's value.</param>
    /// <param name="pickwareType">The property's value.</param>
    /// <param name="pickwareTypeName">The property's value.</param>
    /// <param name="expectedPickwareType">The property's value.</param>
    /// <param name="expectedPickwareTypeName">The property's value.</param>
    /// <param name="returnWareType">The property's value.</param>
    /// <param name="returnWareTypeName">The property's value.</param>
    /// <param name="companyId">The property's value.</param>
    /// <param name="approvePin">The property's value.</param>
    /// <param name="approveName">The property's value.</param>
    /// <param name="approveResult">The property's value.</param>
    /// <param name="approveResultName">The property's value.</param>
    /// <param name="approveNotes">The property's value.</param>
    /// <param name="approveDate">The property's value.</param>
    /// <param name="approveReasonCid1">The property's value.</param>
    /// <param name="approveReasonCid1Name">The property's value.</param>
    /// <param name="approveReasonCid2">The property's value.</param>
    /// <param name="approveReasonCid2Name">The property's value.</param>
    /// <param name="processPin">The property's value.</param>
    /// <param name="processName">The property's value.</param>
    /// <param name="processResult">The property's value.</param>
    /// <param name="processResultName">The property's value.</param>
    /// <param name="processNotes">The property's value.</param>
    /// <param name="processDate">The property's value.</param>
    /// <param name="receiveDate">The property's value.</param>
    /// <param name="newOrderId">The property's value.</param>
    /// <param name="invoiceCode">The property's value.</param>
    /// <param name="jdUpgradeSuggestion">The property's value.</param>
    /// <param name="skuType">The property's value.</param>
    /// <param name="skuTypeName">The property's value.</param>
    /// <param name="serviceIds">The property's value.</param>
    /// <param name="customerInfo">The property's value.</param>
    /// <param name="pickwareAddress">The property's value.</param>
    /// <param name="returnWareAddress">The property's value.</param>
    /// <param name="contactInfo">The property's value.</param>
    /// <param name="details">The property's value.</param>
    /// <param name="orderShopId">The property's value.</param>
    /// <param name="returnShopId">The property's value.</param>
    /// <param name="serviceCount">The property's value.</param>
    /// <param name="extJson">The property's value.</param>
    /// <returns>The model.</returns>
    public static ServiceBill ServiceBill(
        long serviceId = default,
        long? applyId = default,
        DateTimeOffset? applyTime = default,
        ServiceStatus status = default,
        string? statusName = default,
        long? questionTypeCid1 = default,
        string? questionTypeCid1Name = default,
        long? questionTypeCid2 = default,
        string? questionTypeCid2Name = default,
        string? questionDescription = default,
        string? questionPictures = default,
        long? orderId = default,
        int? orderType = default,
        string? orderTypeName = default,
        string? updateName = default,
        DateTimeOffset? updateDate = default,
        int? sysVersion = default,
        bool? hasInvoice = default,
        bool? needDetectionReport = default,
        bool? hasPackage = default,
        CustomerExpectation customerExpectation = default,
        string? customerExpectationName = default,
        int? refundType = default,
        string? refundTypeName = default,
        PickwareType? pickwareType = default,
        string? pickwareTypeName = default,
        PickwareType? expectedPickwareType = default,
        string? expectedPickwareTypeName = default,
        int? returnWareType = default,
        string? returnWareTypeName = default,
        int? companyId = default,
        string? approvePin = default,
        string? approveName = default,
        int? approveResult = default,
        string? approveResultName = default,
        string? approveNotes = default,
        DateTimeOffset? approveDate = default,
        long? approveReasonCid1 = default,
        string? approveReasonCid1Name = default,
        long? approveReasonCid2 = default,
        string? approveReasonCid2Name = default,
        string? processPin = default,
        string? processName = default,
        int? processResult = default,
        string? processResultName = default,
        string? processNotes = default,
        DateTimeOffset? processDate = default,
        DateTimeOffset? receiveDate = default,
        long? newOrderId = default,
        string? invoiceCode = default,
        string? jdUpgradeSuggestion = default,
        int? skuType = default,
        string? skuTypeName = default,
        IEnumerable<long>? serviceIds = null,
        AscCustomerInfo? customerInfo = default,
        AscAddress? pickwareAddress = default,
        AscAddress? returnWareAddress = default,
        AscContactInfo? contactInfo = default,
        IEnumerable<ServiceBillDetail>? details = null,
        string? orderShopId = default,
        string? returnShopId = default,
        int? serviceCount = default,
        string? extJson = default)
    {
        return new ServiceBill
        {
            ServiceId = serviceId,
            ApplyId = applyId,
            ApplyTime = applyTime,
            Status = status,
            StatusName = statusName,
            QuestionTypeCid1 = questionTypeCid1,
            QuestionTypeCid1Name = questionTypeCid1Name,
            QuestionTypeCid2 = questionTypeCid2,
            QuestionTypeCid2Name = questionTypeCid2Name,
            QuestionDescription = questionDescription,
            QuestionPictures = questionPictures,
            OrderId = orderId,
            OrderType = orderType,
            OrderTypeName = orderTypeName,
            UpdateName = updateName,
            UpdateDate = updateDate,
            SysVersion = sysVersion,
            HasInvoice = hasInvoice,
            NeedDetectionReport = needDetectionReport,
            HasPackage = hasPackage,
            CustomerExpectation = customerExpectation,
            CustomerExpectationName = customerExpectationName,
            RefundType = refundType,
            RefundTypeName = refundTypeName,
            PickwareType = pickwareType,
            PickwareTypeName = pickwareTypeName,
            ExpectedPickwareType = expectedPickwareType,
            ExpectedPickwareTypeName = expectedPickwareTypeName,
            ReturnWareType = returnWareType,
            ReturnWareTypeName = returnWareTypeName,
            CompanyId = companyId,
            ApprovePin = approvePin,
            ApproveName = approveName,
            ApproveResult = approveResult,
            ApproveResultName = approveResultName,
            ApproveNotes = approveNotes,
            ApproveDate = approveDate,
            ApproveReasonCid1 = approveReasonCid1,
            ApproveReasonCid1Name = approveReasonCid1Name,
            ApproveReasonCid2 = approveReasonCid2,
            ApproveReasonCid2Name = approveReasonCid2Name,
            ProcessPin = processPin,
            ProcessName = processName,
            ProcessResult = processResult,
            ProcessResultName = processResultName,
            ProcessNotes = processNotes,
            ProcessDate = processDate,
            ReceiveDate = receiveDate,
            NewOrderId = newOrderId,
            InvoiceCode = invoiceCode,
            JdUpgradeSuggestion = jdUpgradeSuggestion,
            SkuType = skuType,
            SkuTypeName = skuTypeName,
            ServiceIds = serviceIds?.ToArray() ?? [],
            CustomerInfo = customerInfo,
            PickwareAddress = pickwareAddress,
            ReturnWareAddress = returnWareAddress,
            ContactInfo = contactInfo,
            Details = details?.ToArray() ?? [],
            OrderShopId = orderShopId,
            ReturnShopId = returnShopId,
            ServiceCount = serviceCount,
            ExtJson = extJson,
        };
    }

    /// <summary>Makes a <see cref="ServiceBillDetail"/>; each parameter sets the property of the same name.</summary>
    /// <param name="serviceDetailId">The property's value.</param>
    /// <param name="skuId">The property's value.</param>
    /// <param name="wareName">The property's value.</param>
    /// <param name="wareBrand">The property's value.</param>
    /// <param name="wareType">The property's value.</param>
    /// <param name="skuType">The property's value.</param>
    /// <param name="payPrice">The property's value.</param>
    /// <param name="actualPayPrice">The property's value.</param>
    /// <param name="wareNumber">The property's value.</param>
    /// <returns>The model.</returns>
    public static ServiceBillDetail ServiceBillDetail(
        long serviceDetailId = default,
        long? skuId = default,
        string? wareName = default,
        string? wareBrand = default,
        int? wareType = default,
        int? skuType = default,
        decimal? payPrice = default,
        decimal? actualPayPrice = default,
        int? wareNumber = default)
    {
        return new ServiceBillDetail
        {
            ServiceDetailId = serviceDetailId,
            SkuId = skuId,
            WareName = wareName,
            WareBrand = wareBrand,
            WareType = wareType,
            SkuType = skuType,
            PayPrice = payPrice,
            ActualPayPrice = actualPayPrice,
            WareNumber = wareNumber,
        };
    }

    /// <summary>Makes a <see cref="AscCustomerInfo"/>; each parameter sets the property of the same name.</summary>
    /// <param name="jdPin">The property's value.</param>
    /// <param name="name">The property's value.</param>
    /// <param name="grade">The property's value.</param>
    /// <param name="contactInfo">The property's value.</param>
    /// <returns>The model.</returns>
    public static AscCustomerInfo AscCustomerInfo(
        string? jdPin = default,
        string? name = default,
        int? grade = default,
        AscContactInfo? contactInfo = default)
    {
        return new AscCustomerInfo
        {
            JdPin = jdPin,
            Name = name,
            Grade = grade,
            ContactInfo = contactInfo,
        };
    }

    /// <summary>Makes a <see cref="AscContactInfo"/>; each parameter sets the property of the same name.</summary>
    /// <param name="contactName">The property's value.</param>
    /// <param name="contactTel">The property's value.</param>
    /// <param name="contactMobile">The property's value.</param>
    /// <param name="contactZipcode">The property's value.</param>
    /// <returns>The model.</returns>
    public static AscContactInfo AscContactInfo(
        string? contactName = default,
        string? contactTel = default,
        string? contactMobile = default,
        string? contactZipcode = default)
    {
        return new AscContactInfo
        {
            ContactName = contactName,
            ContactTel = contactTel,
            ContactMobile = contactMobile,
            ContactZipcode = contactZipcode,
        };
    }

    /// <summary>Makes a <see cref="AscAddress"/>; each parameter sets the property of the same name.</summary>
    /// <param name="provinceCode">The property's value.</param>
    /// <param name="cityCode">The property's value.</param>
    /// <param name="countyCode">The property's value.</param>
    /// <param name="villageCode">The property's value.</param>
    /// <param name="detailAddress">The property's value.</param>
    /// <returns>The model.</returns>
    public static AscAddress AscAddress(
        int? provinceCode = default,
        int? cityCode = default,
        int? countyCode = default,
        int? villageCode = default,
        string? detailAddress = default)
    {
        return new AscAddress
        {
            ProvinceCode = provinceCode,
            CityCode = cityCode,
            CountyCode = countyCode,
            VillageCode = villageCode,
            DetailAddress = detailAddress,
        };
    }

    /// <summary>Makes a <see cref="PendingAudit"/>; each parameter sets the property of the same name.</summary>
    /// <param name="applyId">The property's value.</param>
    /// <param name="serviceIds">The property's value.</param>
    /// <param name="customerExpectation">The property's value.</param>
    /// <param name="customerExpectationName">The property's value.</param>
    /// <param name="status">The property's value.</param>
    /// <param name="statusName">The property's value.</param>
    /// <param name="applyTime">The property's value.</param>
    /// <param name="auditDeadline">The property's value.</param>
    /// <param name="timedOut">The property's value.</param>
    /// <param name="customerPin">The property's value.</param>
    /// <param name="customerName">The property's value.</param>
    /// <param name="customerMobile">The property's value.</param>
    /// <param name="customerGrade">The property's value.</param>
    /// <param name="orderId">The property's value.</param>
    /// <param name="orderType">The property's value.</param>
    /// <param name="orderTypeName">The property's value.</param>
    /// <param name="skuId">The property's value.</param>
    /// <param name="wareName">The property's value.</param>
    /// <param name="serviceCount">The property's value.</param>
    /// <returns>The model.</returns>
    public static PendingAudit PendingAudit(
        long applyId = default,
        IEnumerable<long>? serviceIds = null,
        CustomerExpectation customerExpectation = default,
        string? customerExpectationName = default,
        ServiceStatus status = default,
        string? statusName = default,
        DateTimeOffset? applyTime = default,
        DateTimeOffset? auditDeadline = default,
        bool? timedOut = default,
        string? customerPin = default,
        string? customerName = default,
        string? customerMobile = default,
        int? customerGrade = default,
        long? orderId = default,
        int? orderType = default,
        string? orderTypeName = default,
        long? skuId = default,
        string? wareName = default,
        int? serviceCount = default)
    {
        return new PendingAudit
        {
            ApplyId = applyId,
            ServiceIds = serviceIds?.ToArray() ?? [],
            CustomerExpectation = customerExpectation,
            CustomerExpectationName = customerExpectationName,
            Status = status,
            StatusName = statusName,
            ApplyTime = applyTime,
            AuditDeadline = auditDeadline,
            TimedOut = timedOut,
            CustomerPin = customerPin,
            CustomerName = customerName,
            CustomerMobile = customerMobile,
            CustomerGrade = customerGrade,
            OrderId = orderId,
            OrderType = orderType,
            OrderTypeName = orderTypeName,
            SkuId = skuId,
            WareName = wareName,
            ServiceCount = serviceCount,
        };
    }

    /// <summary>Makes a <see cref="PendingProcessing"/>; each parameter sets the property of the same name.</summary>
    /// <param name="serviceId">The property's value.</param>
    /// <param name="customerExpectation">The property's value.</param>
    /// <param name="customerExpectationName">The property's value.</param>
    /// <param name="applyTime">The property's value.</param>
    /// <param name="status">The property's value.</param>
    /// <param name="statusName">The property's value.</param>
    /// <param name="pickwareAddress">The property's value.</param>
    /// <param name="orderId">The property's value.</param>
    /// <param name="orderType">The property's value.</param>
    /// <param name="orderTypeName">The property's value.</param>
    /// <param name="skuId">The property's value.</param>
    /// <param name="wareName">The property's value.</param>
    /// <param name="wareType">The property's value.</param>
    /// <param name="wareTypeName">The property's value.</param>
    /// <param name="skuType">The property's value.</param>
    /// <param name="skuTypeName">The property's value.</param>
    /// <param name="customerPin">The property's value.</param>
    /// <param name="customerName">The property's value.</param>
    /// <param name="customerMobile">The property's value.</param>
    /// <param name="customerGrade">The property's value.</param>
    /// <param name="approveTime">The property's value.</param>
    /// <param name="deliveryDate">The property's value.</param>
    /// <param name="remindDate">The property's value.</param>
    /// <param name="remindCount">The property's value.</param>
    /// <param name="remindType">The property's value.</param>
    /// <param name="remindTypeName">The property's value.</param>
    /// <param name="serviceCount">The property's value.</param>
    /// <param name="oaid">The property's value.</param>
    /// <param name="extJson">The property's value.</param>
    /// <returns>The model.</returns>
    public static PendingProcessing PendingProcessing(
        long serviceId = default,
        CustomerExpectation customerExpectation = default,
        string? customerExpectationName = default,
        DateTimeOffset? applyTime = default,
        ServiceStatus status = default,
        string? statusName = default,
        string? pickwareAddress = default,
        long? orderId = default,
        int? orderType = default,
        string? orderTypeName = default,
        long? skuId = default,
        string? wareName = default,
        int? wareType = default,
        string? wareTypeName = default,
        int? skuType = default,
        string? skuTypeName = default,
        string? customerPin = default,
        string? customerName = default,
        string? customerMobile = default,
        int? customerGrade = default,
        DateTimeOffset? approveTime = default,
        DateTimeOffset? deliveryDate = default,
        DateTimeOffset? remindDate = default,
        int? remindCount = default,
        int? remindType = default,
        string? remindTypeName = default,
        int? serviceCount = default,
        string? oaid = default,
        string? extJson = default)
    {
        return new PendingProcessing
        {
            ServiceId = serviceId,
            CustomerExpectation = customerExpectation,
            CustomerExpectationName = customerExpectationName,
            ApplyTime = applyTime,
            Status = status,
            StatusName = statusName,
            PickwareAddress = pickwareAddress,
            OrderId = orderId,
            OrderType = orderType,
            OrderTypeName = orderTypeName,
            SkuId = skuId,
            WareName = wareName,
            WareType = wareType,
            WareTypeName = wareTypeName,
            SkuType = skuType,
            SkuTypeName = skuTypeName,
            CustomerPin = customerPin,
            CustomerName = customerName,
            CustomerMobile = customerMobile,
            CustomerGrade = customerGrade,
            ApproveTime = approveTime,
            DeliveryDate = deliveryDate,
            RemindDate = remindDate,
            RemindCount = remindCount,
            RemindType = remindType,
            RemindTypeName = remindTypeName,
            ServiceCount = serviceCount,
            Oaid = oaid,
            ExtJson = extJson,
        };
    }

    /// <summary>Makes a <see cref="SameOrderService"/>; each parameter sets the property of the same name.</summary>
    /// <param name="serviceId">The property's value.</param>
    /// <param name="status">The property's value.</param>
    /// <param name="statusName">The property's value.</param>
    /// <param name="orderId">The property's value.</param>
    /// <param name="skuId">The property's value.</param>
    /// <param name="wareName">The property's value.</param>
    /// <param name="customerPin">The property's value.</param>
    /// <param name="customerName">The property's value.</param>
    /// <param name="approveReasonCid1">The property's value.</param>
    /// <param name="approveReasonCid1Name">The property's value.</param>
    /// <param name="approveReasonCid2">The property's value.</param>
    /// <param name="approveReasonCid2Name">The property's value.</param>
    /// <param name="approveResult">The property's value.</param>
    /// <param name="approveResultName">The property's value.</param>
    /// <param name="approvePin">The property's value.</param>
    /// <param name="approveName">The property's value.</param>
    /// <param name="approveTime">The property's value.</param>
    /// <param name="processPin">The property's value.</param>
    /// <param name="processName">The property's value.</param>
    /// <param name="processTime">The property's value.</param>
    /// <param name="extJson">The property's value.</param>
    /// <returns>The model.</returns>
    public static SameOrderService SameOrderService(
        long serviceId = default,
        ServiceStatus status = default,
        string? statusName = default,
        long? orderId = default,
        long? skuId = default,
        string? wareName = default,
        string? customerPin = default,
        string? customerName = default,
        int? approveReasonCid1 = default,
        string? approveReasonCid1Name = default,
        int? approveReasonCid2 = default,
        string? approveReasonCid2Name = default,
        int? approveResult = default,
        string? approveResultName = default,
        string? approvePin = default,
        string? approveName = default,
        DateTimeOffset? approveTime = default,
        string? processPin = default,
        string? processName = default,
        DateTimeOffset? processTime = default,
        string? extJson = default)
    {
        return new SameOrderService
        {
            ServiceId = serviceId,
            Status = status,
            StatusName = statusName,
            OrderId = orderId,
            SkuId = skuId,
            WareName = wareName,
            CustomerPin = customerPin,
            CustomerName = customerName,
            ApproveReasonCid1 = approveReasonCid1,
            ApproveReasonCid1Name = approveReasonCid1Name,
            ApproveReasonCid2 = approveReasonCid2,
            ApproveReasonCid2Name = approveReasonCid2Name,
            ApproveResult = approveResult,
            ApproveResultName = approveResultName,
            ApprovePin = approvePin,
            ApproveName = approveName,
            ApproveTime = approveTime,
            ProcessPin = processPin,
            ProcessName = processName,
            ProcessTime = processTime,
            ExtJson = extJson,
        };
    }

    /// <summary>Makes a <see cref="ServiceNote"/>; each parameter sets the property of the same name.</summary>
    /// <param name="createdAt">The property's value.</param>
    /// <param name="text">The property's value.</param>
    /// <param name="createPin">The property's value.</param>
    /// <param name="createName">The property's value.</param>
    /// <param name="extJson">The property's value.</param>
    /// <returns>The model.</returns>
    public static ServiceNote ServiceNote(
        DateTimeOffset? createdAt = default,
        string? text = default,
        string? createPin = default,
        string? createName = default,
        string? extJson = default)
    {
        return new ServiceNote
        {
            CreatedAt = createdAt,
            Text = text,
            CreatePin = createPin,
            CreateName = createName,
            ExtJson = extJson,
        };
    }

    /// <summary>Makes a <see cref="PendingAuditDetail"/>; each parameter sets the property of the same name.</summary>
    /// <param name="serviceIds">The property's value.</param>
    /// <param name="customerExpectation">The property's value.</param>
    /// <param name="customerExpectationName">The property's value.</param>
    /// <param name="applyTime">The property's value.</param>
    /// <param name="orderId">The property's value.</param>
    /// <param name="questionDescription">The property's value.</param>
    /// <param name="questionPictures">The property's value.</param>
    /// <param name="questionTypeCid1">The property's value.</param>
    /// <param name="questionTypeCid1Name">The property's value.</param>
    /// <param name="questionTypeCid2">The property's value.</param>
    /// <param name="questionTypeCid2Name">The property's value.</param>
    /// <param name="orderType">The property's value.</param>
    /// <param name="orderTypeName">The property's value.</param>
    /// <param name="expectedPickwareType">The property's value.</param>
    /// <param name="expectedPickwareTypeName">The property's value.</param>
    /// <param name="invoiceCode">The property's value.</param>
    /// <param name="jdUpgradeSuggestion">The property's value.</param>
    /// <param name="skuType">The property's value.</param>
    /// <param name="skuTypeName">The property's value.</param>
    /// <param name="sysVersion">The property's value.</param>
    /// <param name="customerInfo">The property's value.</param>
    /// <param name="items">The property's value.</param>
    /// <param name="pickupAddress">The property's value.</param>
    /// <param name="receiveAddress">The property's value.</param>
    /// <param name="appointment">The property's value.</param>
    /// <param name="extJson">The property's value.</param>
    /// <returns>The model.</returns>
    public static PendingAuditDetail PendingAuditDetail(
        IEnumerable<long>? serviceIds = null,
        CustomerExpectation customerExpectation = default,
        string? customerExpectationName = default,
        DateTimeOffset? applyTime = default,
        long? orderId = default,
        string? questionDescription = default,
        string? questionPictures = default,
        int? questionTypeCid1 = default,
        string? questionTypeCid1Name = default,
        int? questionTypeCid2 = default,
        string? questionTypeCid2Name = default,
        int? orderType = default,
        string? orderTypeName = default,
        PickwareType? expectedPickwareType = default,
        string? expectedPickwareTypeName = default,
        string? invoiceCode = default,
        string? jdUpgradeSuggestion = default,
        int? skuType = default,
        string? skuTypeName = default,
        int? sysVersion = default,
        AscCustomerInfo? customerInfo = default,
        IEnumerable<PendingAuditItem>? items = null,
        AscAddress? pickupAddress = default,
        AscAddress? receiveAddress = default,
        PickupAppointment? appointment = default,
        string? extJson = default)
    {
        return new PendingAuditDetail
        {
            ServiceIds = serviceIds?.ToArray() ?? [],
            CustomerExpectation = customerExpectation,
            CustomerExpectationName = customerExpectationName,
            ApplyTime = applyTime,
            OrderId = orderId,
            QuestionDescription = questionDescription,
            QuestionPictures = questionPictures,
            QuestionTypeCid1 = questionTypeCid1,
            QuestionTypeCid1Name = questionTypeCid1Name,
            QuestionTypeCid2 = questionTypeCid2,
            QuestionTypeCid2Name = questionTypeCid2Name,
            OrderType = orderType,
            OrderTypeName = orderTypeName,
            ExpectedPickwareType = expectedPickwareType,
            ExpectedPickwareTypeName = expectedPickwareTypeName,
            InvoiceCode = invoiceCode,
            JdUpgradeSuggestion = jdUpgradeSuggestion,
            SkuType = skuType,
            SkuTypeName = skuTypeName,
            SysVersion = sysVersion,
            CustomerInfo = customerInfo,
            Items = items?.ToArray() ?? [],
            PickupAddress = pickupAddress,
            ReceiveAddress = receiveAddress,
            Appointment = appointment,
            ExtJson = extJson,
        };
    }

    /// <summary>Makes a <see cref="PendingAuditItem"/>; each parameter sets the property of the same name.</summary>
    /// <param name="applyDetailId">The property's value.</param>
    /// <param name="skuId">The property's value.</param>
    /// <param name="wareName">The property's value.</param>
    /// <param name="wareType">The property's value.</param>
    /// <param name="wareTypeName">The property's value.</param>
    /// <param name="wareDescription">The property's value.</param>
    /// <param name="skuType">The property's value.</param>
    /// <param name="skuTypeName">The property's value.</param>
    /// <param name="skuUuid">The property's value.</param>
    /// <param name="extJson">The property's value.</param>
    /// <returns>The model.</returns>
    public static PendingAuditItem PendingAuditItem(
        long? applyDetailId = default,
        long? skuId = default,
        string? wareName = default,
        int? wareType = default,
        string? wareTypeName = default,
        string? wareDescription = default,
        int? skuType = default,
        string? skuTypeName = default,
        string? skuUuid = default,
        string? extJson = default)
    {
        return new PendingAuditItem
        {
            ApplyDetailId = applyDetailId,
            SkuId = skuId,
            WareName = wareName,
            WareType = wareType,
            WareTypeName = wareTypeName,
            WareDescription = wareDescription,
            SkuType = skuType,
            SkuTypeName = skuTypeName,
            SkuUuid = skuUuid,
            ExtJson = extJson,
        };
    }

    /// <summary>Makes a <see cref="PickupAppointment"/>; each parameter sets the property of the same name.</summary>
    /// <param name="begin">The property's value.</param>
    /// <param name="end">The property's value.</param>
    /// <param name="text">The property's value.</param>
    /// <param name="type">The property's value.</param>
    /// <param name="reservedAt">The property's value.</param>
    /// <param name="extJson">The property's value.</param>
    /// <returns>The model.</returns>
    public static PickupAppointment PickupAppointment(
        DateTimeOffset? begin = default,
        DateTimeOffset? end = default,
        string? text = default,
        int? type = default,
        DateTimeOffset? reservedAt = default,
        string? extJson = default)
    {
        return new PickupAppointment
        {
            Begin = begin,
            End = end,
            Text = text,
            Type = type,
            ReservedAt = reservedAt,
            ExtJson = extJson,
        };
    }

    /// <summary>Makes a <see cref="JdAfterSales.JdWriteResult"/>, what every write returns once JD accepted it.</summary>
    /// <param name="method">The JOS method (<see cref="JdAfterSales.JdWriteResult.Method"/>), for example <see cref="JosMethods.AscProcessClose"/>.</param>
    /// <param name="code">JD's result code; <c>"0"</c> unless set.</param>
    /// <param name="message">JD's message, optional.</param>
    /// <returns>The model.</returns>
    public static JdWriteResult JdWriteResult(string method, string? code = "0", string? message = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        return new JdWriteResult(method, code, message);
    }

    /// <summary>Makes a <see cref="CustomerPhone"/>.</summary>
    /// <param name="number">The whole number (<see cref="CustomerPhone.Number"/>).</param>
    /// <param name="masked">The masked number (<see cref="CustomerPhone.Masked"/>).</param>
    /// <returns>The model.</returns>
    public static CustomerPhone CustomerPhone(string? number = default, string? masked = default) => new(number, masked);

    /// <summary>Makes a <see cref="AuditReason"/>; each parameter sets the property of the same name.</summary>
    /// <param name="code">The property's value.</param>
    /// <param name="parentCode">The property's value.</param>
    /// <param name="name">The property's value.</param>
    /// <returns>The model.</returns>
    public static AuditReason AuditReason(
        long code = default,
        long? parentCode = default,
        string? name = default)
    {
        return new AuditReason
        {
            Code = code,
            ParentCode = parentCode,
            Name = name,
        };
    }

    /// <summary>Makes a <see cref="ServiceLog"/>; each parameter sets the property of the same name.</summary>
    /// <param name="logId">The property's value.</param>
    /// <param name="serviceId">The property's value.</param>
    /// <param name="operateType">The property's value.</param>
    /// <param name="operateTypeName">The property's value.</param>
    /// <param name="operateRemark">The property's value.</param>
    /// <param name="operatePin">The property's value.</param>
    /// <param name="operateName">The property's value.</param>
    /// <param name="operateDate">The property's value.</param>
    /// <returns>The model.</returns>
    public static ServiceLog ServiceLog(
        long logId = default,
        long? serviceId = default,
        int? operateType = default,
        string? operateTypeName = default,
        string? operateRemark = default,
        string? operatePin = default,
        string? operateName = default,
        DateTimeOffset? operateDate = default)
    {
        return new ServiceLog
        {
            LogId = logId,
            ServiceId = serviceId,
            OperateType = operateType,
            OperateTypeName = operateTypeName,
            OperateRemark = operateRemark,
            OperatePin = operatePin,
            OperateName = operateName,
            OperateDate = operateDate,
        };
    }

    /// <summary>Makes a <see cref="ServiceRefund"/>; each parameter sets the property of the same name.</summary>
    /// <param name="afsRefundId">The property's value.</param>
    /// <param name="refundAmount">The property's value.</param>
    /// <param name="completeTime">The property's value.</param>
    /// <param name="status">The property's value.</param>
    /// <param name="serviceBill">The property's value.</param>
    /// <returns>The model.</returns>
    public static ServiceRefund ServiceRefund(
        long afsRefundId = default,
        decimal? refundAmount = default,
        DateTimeOffset? completeTime = default,
        int? status = default,
        SameOrderServiceBill? serviceBill = default)
    {
        return new ServiceRefund
        {
            AfsRefundId = afsRefundId,
            RefundAmount = refundAmount,
            CompleteTime = completeTime,
            Status = status,
            ServiceBill = serviceBill,
        };
    }

    /// <summary>Makes a <see cref="SameOrderServiceBill"/>; each parameter sets the property of the same name.</summary>
    /// <param name="serviceId">The property's value.</param>
    /// <param name="applyId">The property's value.</param>
    /// <param name="orderId">The property's value.</param>
    /// <param name="wareId">The property's value.</param>
    /// <param name="wareName">The property's value.</param>
    /// <param name="approveName">The property's value.</param>
    /// <param name="applyTime">The property's value.</param>
    /// <param name="approveDate">The property's value.</param>
    /// <param name="questionDescription">The property's value.</param>
    /// <param name="customerPin">The property's value.</param>
    /// <param name="approveNotes">The property's value.</param>
    /// <param name="applyReason">The property's value.</param>
    /// <returns>The model.</returns>
    public static SameOrderServiceBill SameOrderServiceBill(
        long? serviceId = default,
        long? applyId = default,
        long? orderId = default,
        long? wareId = default,
        string? wareName = default,
        string? approveName = default,
        DateTimeOffset? applyTime = default,
        DateTimeOffset? approveDate = default,
        string? questionDescription = default,
        string? customerPin = default,
        string? approveNotes = default,
        string? applyReason = default)
    {
        return new SameOrderServiceBill
        {
            ServiceId = serviceId,
            ApplyId = applyId,
            OrderId = orderId,
            WareId = wareId,
            WareName = wareName,
            ApproveName = approveName,
            ApplyTime = applyTime,
            ApproveDate = approveDate,
            QuestionDescription = questionDescription,
            CustomerPin = customerPin,
            ApproveNotes = approveNotes,
            ApplyReason = applyReason,
        };
    }

    /// <summary>Makes a <see cref="ReceiptDetail"/>; each parameter sets the property of the same name.</summary>
    /// <param name="serviceId">The property's value.</param>
    /// <param name="receiveId">The property's value.</param>
    /// <param name="receiveType">The property's value.</param>
    /// <param name="receiveTypeName">The property's value.</param>
    /// <param name="receiveDate">The property's value.</param>
    /// <param name="partCode">The property's value.</param>
    /// <param name="packingState">The property's value.</param>
    /// <param name="packingStateName">The property's value.</param>
    /// <param name="qualityState">The property's value.</param>
    /// <param name="qualityStateName">The property's value.</param>
    /// <param name="appearanceState">The property's value.</param>
    /// <param name="appearanceStateName">The property's value.</param>
    /// <param name="invoiceRecordState">The property's value.</param>
    /// <param name="invoiceRecordStateName">The property's value.</param>
    /// <param name="judgmentReason">The property's value.</param>
    /// <param name="judgmentReasonName">The property's value.</param>
    /// <param name="accessoryOrGift">The property's value.</param>
    /// <param name="accessoryOrGiftName">The property's value.</param>
    /// <param name="receiveRemark">The property's value.</param>
    /// <param name="abnormal">The property's value.</param>
    /// <param name="wares">The property's value.</param>
    /// <param name="extJson">The property's value.</param>
    /// <returns>The model.</returns>
    public static ReceiptDetail ReceiptDetail(
        long? serviceId = default,
        long? receiveId = default,
        int? receiveType = default,
        string? receiveTypeName = default,
        DateTimeOffset? receiveDate = default,
        string? partCode = default,
        int? packingState = default,
        string? packingStateName = default,
        int? qualityState = default,
        string? qualityStateName = default,
        int? appearanceState = default,
        string? appearanceStateName = default,
        int? invoiceRecordState = default,
        string? invoiceRecordStateName = default,
        int? judgmentReason = default,
        string? judgmentReasonName = default,
        int? accessoryOrGift = default,
        string? accessoryOrGiftName = default,
        string? receiveRemark = default,
        bool? abnormal = default,
        IEnumerable<ReceiptWare>? wares = null,
        string? extJson = default)
    {
        return new ReceiptDetail
        {
            ServiceId = serviceId,
            ReceiveId = receiveId,
            ReceiveType = receiveType,
            ReceiveTypeName = receiveTypeName,
            ReceiveDate = receiveDate,
            PartCode = partCode,
            PackingState = packingState,
            PackingStateName = packingStateName,
            QualityState = qualityState,
            QualityStateName = qualityStateName,
            AppearanceState = appearanceState,
            AppearanceStateName = appearanceStateName,
            InvoiceRecordState = invoiceRecordState,
            InvoiceRecordStateName = invoiceRecordStateName,
            JudgmentReason = judgmentReason,
            JudgmentReasonName = judgmentReasonName,
            AccessoryOrGift = accessoryOrGift,
            AccessoryOrGiftName = accessoryOrGiftName,
            ReceiveRemark = receiveRemark,
            Abnormal = abnormal,
            Wares = wares?.ToArray() ?? [],
            ExtJson = extJson,
        };
    }

    /// <summary>Makes a <see cref="ReceiptWare"/>; each parameter sets the property of the same name.</summary>
    /// <param name="skuId">The property's value.</param>
    /// <param name="wareName">The property's value.</param>
    /// <param name="wareType">The property's value.</param>
    /// <param name="wareTypeName">The property's value.</param>
    /// <param name="skuType">The property's value.</param>
    /// <param name="skuTypeName">The property's value.</param>
    /// <param name="skuUuid">The property's value.</param>
    /// <param name="wareNumber">The property's value.</param>
    /// <param name="partCode">The property's value.</param>
    /// <returns>The model.</returns>
    public static ReceiptWare ReceiptWare(
        long? skuId = default,
        string? wareName = default,
        int? wareType = default,
        string? wareTypeName = default,
        int? skuType = default,
        string? skuTypeName = default,
        string? skuUuid = default,
        int? wareNumber = default,
        string? partCode = default)
    {
        return new ReceiptWare
        {
            SkuId = skuId,
            WareName = wareName,
            WareType = wareType,
            WareTypeName = wareTypeName,
            SkuType = skuType,
            SkuTypeName = skuTypeName,
            SkuUuid = skuUuid,
            WareNumber = wareNumber,
            PartCode = partCode,
        };
    }

    /// <summary>Makes a <see cref="ReturnFreight"/>; each parameter sets the property of the same name.</summary>
    /// <param name="serviceId">The property's value.</param>
    /// <param name="expressCode">The property's value.</param>
    /// <param name="expressCompany">The property's value.</param>
    /// <param name="freightMoney">The property's value.</param>
    /// <param name="finalFreightMoney">The property's value.</param>
    /// <param name="modifiedMoney">The property's value.</param>
    /// <param name="repeatedFreight">The property's value.</param>
    /// <param name="deliveryDate">The property's value.</param>
    /// <param name="firstUploadDate">The property's value.</param>
    /// <param name="shipWayId">The property's value.</param>
    /// <returns>The model.</returns>
    public static ReturnFreight ReturnFreight(
        long? serviceId = default,
        string? expressCode = default,
        string? expressCompany = default,
        decimal? freightMoney = default,
        decimal? finalFreightMoney = default,
        decimal? modifiedMoney = default,
        bool? repeatedFreight = default,
        DateTimeOffset? deliveryDate = default,
        DateTimeOffset? firstUploadDate = default,
        long? shipWayId = default)
    {
        return new ReturnFreight
        {
            ServiceId = serviceId,
            ExpressCode = expressCode,
            ExpressCompany = expressCompany,
            FreightMoney = freightMoney,
            FinalFreightMoney = finalFreightMoney,
            ModifiedMoney = modifiedMoney,
            RepeatedFreight = repeatedFreight,
            DeliveryDate = deliveryDate,
            FirstUploadDate = firstUploadDate,
            ShipWayId = shipWayId,
        };
    }

    /// <summary>Makes a <see cref="RefundApplication"/>; each parameter sets the property of the same name.</summary>
    /// <param name="id">The property's value.</param>
    /// <param name="orderId">The property's value.</param>
    /// <param name="status">The property's value.</param>
    /// <param name="buyerId">The property's value.</param>
    /// <param name="buyerName">The property's value.</param>
    /// <param name="buyerOpenId">The property's value.</param>
    /// <param name="applyTime">The property's value.</param>
    /// <param name="checkTime">The property's value.</param>
    /// <param name="applyRefundSum">The property's value.</param>
    /// <param name="checkUserName">The property's value.</param>
    /// <param name="checkRemark">The property's value.</param>
    /// <param name="reason">The property's value.</param>
    /// <param name="systemId">The property's value.</param>
    /// <param name="storeId">The property's value.</param>
    /// <param name="partRefundType">The property's value.</param>
    /// <returns>The model.</returns>
    public static RefundApplication RefundApplication(
        long id = default,
        long? orderId = default,
        RefundStatus status = default,
        string? buyerId = default,
        string? buyerName = default,
        string? buyerOpenId = default,
        DateTimeOffset? applyTime = default,
        DateTimeOffset? checkTime = default,
        decimal? applyRefundSum = default,
        string? checkUserName = default,
        string? checkRemark = default,
        string? reason = default,
        int? systemId = default,
        long? storeId = default,
        int? partRefundType = default)
    {
        return new RefundApplication
        {
            Id = id,
            OrderId = orderId,
            Status = status,
            BuyerId = buyerId,
            BuyerName = buyerName,
            BuyerOpenId = buyerOpenId,
            ApplyTime = applyTime,
            CheckTime = checkTime,
            ApplyRefundSum = applyRefundSum,
            CheckUserName = checkUserName,
            CheckRemark = checkRemark,
            Reason = reason,
            SystemId = systemId,
            StoreId = storeId,
            PartRefundType = partRefundType,
        };
    }

    /// <summary>Makes a <see cref="OrderInfo"/>; each parameter sets the property of the same name.</summary>
    /// <param name="orderId">The property's value.</param>
    /// <param name="venderId">The property's value.</param>
    /// <param name="orderType">The property's value.</param>
    /// <param name="payType">The property's value.</param>
    /// <param name="totalPrice">The property's value.</param>
    /// <param name="sellerPrice">The property's value.</param>
    /// <param name="payment">The property's value.</param>
    /// <param name="freightPrice">The property's value.</param>
    /// <param name="sellerDiscount">The property's value.</param>
    /// <param name="state">The property's value.</param>
    /// <param name="stateRemark">The property's value.</param>
    /// <param name="customerRemark">The property's value.</param>
    /// <param name="venderRemark">The property's value.</param>
    /// <param name="startTime">The property's value.</param>
    /// <param name="endTime">The property's value.</param>
    /// <param name="paymentConfirmTime">The property's value.</param>
    /// <param name="modified">The property's value.</param>
    /// <param name="customerPin">The property's value.</param>
    /// <param name="waybill">The property's value.</param>
    /// <param name="logisticsId">The property's value.</param>
    /// <param name="consignee">The property's value.</param>
    /// <param name="items">The property's value.</param>
    /// <returns>The model.</returns>
    public static OrderInfo OrderInfo(
        long orderId = default,
        string? venderId = default,
        string? orderType = default,
        string? payType = default,
        decimal? totalPrice = default,
        decimal? sellerPrice = default,
        decimal? payment = default,
        decimal? freightPrice = default,
        decimal? sellerDiscount = default,
        OrderState? state = default,
        string? stateRemark = default,
        string? customerRemark = default,
        string? venderRemark = default,
        DateTimeOffset? startTime = default,
        DateTimeOffset? endTime = default,
        DateTimeOffset? paymentConfirmTime = default,
        DateTimeOffset? modified = default,
        string? customerPin = default,
        string? waybill = default,
        string? logisticsId = default,
        OrderConsignee? consignee = default,
        IEnumerable<OrderItem>? items = null)
    {
        return new OrderInfo
        {
            OrderId = orderId,
            VenderId = venderId,
            OrderType = orderType,
            PayType = payType,
            TotalPrice = totalPrice,
            SellerPrice = sellerPrice,
            Payment = payment,
            FreightPrice = freightPrice,
            SellerDiscount = sellerDiscount,
            State = state,
            StateRemark = stateRemark,
            CustomerRemark = customerRemark,
            VenderRemark = venderRemark,
            StartTime = startTime,
            EndTime = endTime,
            PaymentConfirmTime = paymentConfirmTime,
            Modified = modified,
            CustomerPin = customerPin,
            Waybill = waybill,
            LogisticsId = logisticsId,
            Consignee = consignee,
            Items = items?.ToArray() ?? [],
        };
    }

    /// <summary>Makes a <see cref="OrderItem"/>; each parameter sets the property of the same name.</summary>
    /// <param name="skuId">The property's value.</param>
    /// <param name="outerSkuId">The property's value.</param>
    /// <param name="skuName">The property's value.</param>
    /// <param name="jdPrice">The property's value.</param>
    /// <param name="quantity">The property's value.</param>
    /// <param name="wareId">The property's value.</param>
    /// <returns>The model.</returns>
    public static OrderItem OrderItem(
        long skuId = default,
        string? outerSkuId = default,
        string? skuName = default,
        decimal? jdPrice = default,
        int? quantity = default,
        long? wareId = default)
    {
        return new OrderItem
        {
            SkuId = skuId,
            OuterSkuId = outerSkuId,
            SkuName = skuName,
            JdPrice = jdPrice,
            Quantity = quantity,
            WareId = wareId,
        };
    }

    /// <summary>Makes a <see cref="OrderConsignee"/>; each parameter sets the property of the same name.</summary>
    /// <param name="fullName">The property's value.</param>
    /// <param name="mobile">The property's value.</param>
    /// <param name="telephone">The property's value.</param>
    /// <param name="fullAddress">The property's value.</param>
    /// <param name="province">The property's value.</param>
    /// <param name="city">The property's value.</param>
    /// <param name="county">The property's value.</param>
    /// <param name="provinceId">The property's value.</param>
    /// <param name="cityId">The property's value.</param>
    /// <returns>The model.</returns>
    public static OrderConsignee OrderConsignee(
        string? fullName = default,
        string? mobile = default,
        string? telephone = default,
        string? fullAddress = default,
        string? province = default,
        string? city = default,
        string? county = default,
        int? provinceId = default,
        int? cityId = default)
    {
        return new OrderConsignee
        {
            FullName = fullName,
            Mobile = mobile,
            Telephone = telephone,
            FullAddress = fullAddress,
            Province = province,
            City = city,
            County = county,
            ProvinceId = provinceId,
            CityId = cityId,
        };
    }

    /// <summary>Makes a <see cref="Comment"/>; each parameter sets the property of the same name.</summary>
    /// <param name="commentId">The property's value.</param>
    /// <param name="skuId">The property's value.</param>
    /// <param name="skuName">The property's value.</param>
    /// <param name="content">The property's value.</param>
    /// <param name="creationTime">The property's value.</param>
    /// <param name="score">The property's value.</param>
    /// <param name="status">The property's value.</param>
    /// <param name="replyCount">The property's value.</param>
    /// <param name="usefulCount">The property's value.</param>
    /// <param name="isVenderReply">The property's value.</param>
    /// <param name="nickName">The property's value.</param>
    /// <param name="orderId">The property's value.</param>
    /// <param name="replies">The property's value.</param>
    /// <param name="images">The property's value.</param>
    /// <returns>The model.</returns>
    public static Comment Comment(
        string? commentId = null,
        long? skuId = default,
        string? skuName = default,
        string? content = default,
        DateTimeOffset? creationTime = default,
        int? score = default,
        int? status = default,
        int? replyCount = default,
        int? usefulCount = default,
        bool? isVenderReply = default,
        string? nickName = default,
        long? orderId = default,
        IEnumerable<CommentReply>? replies = null,
        IEnumerable<CommentImage>? images = null)
    {
        return new Comment
        {
            CommentId = commentId ?? string.Empty,
            SkuId = skuId,
            SkuName = skuName,
            Content = content,
            CreationTime = creationTime,
            Score = score,
            Status = status,
            ReplyCount = replyCount,
            UsefulCount = usefulCount,
            IsVenderReply = isVenderReply,
            NickName = nickName,
            OrderId = orderId,
            Replies = replies?.ToArray() ?? [],
            Images = images?.ToArray() ?? [],
        };
    }

    /// <summary>Makes a <see cref="CommentReply"/>; each parameter sets the property of the same name.</summary>
    /// <param name="replyId">The property's value.</param>
    /// <param name="content">The property's value.</param>
    /// <param name="creationTime">The property's value.</param>
    /// <param name="nickName">The property's value.</param>
    /// <returns>The model.</returns>
    public static CommentReply CommentReply(
        long? replyId = default,
        string? content = default,
        DateTimeOffset? creationTime = default,
        string? nickName = default)
    {
        return new CommentReply
        {
            ReplyId = replyId,
            Content = content,
            CreationTime = creationTime,
            NickName = nickName,
        };
    }

    /// <summary>Makes a <see cref="CommentImage"/>; each parameter sets the property of the same name.</summary>
    /// <param name="id">The property's value.</param>
    /// <param name="url">The property's value.</param>
    /// <param name="title">The property's value.</param>
    /// <returns>The model.</returns>
    public static CommentImage CommentImage(
        long? id = default,
        string? url = default,
        string? title = default)
    {
        return new CommentImage
        {
            Id = id,
            Url = url,
            Title = title,
        };
    }
}
