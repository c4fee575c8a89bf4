namespace JdAfterSales.Testing;

/// <summary>Builds the records tests add to the shop, consistent with the data set (orders, customers, reasons).</summary>
internal static class FakeSeeding
{
    public static FakeServiceOrder ServiceOrder(FakeShopData data, FakeServiceOrderSeed seed, DateTimeOffset now)
    {
        if (!Enum.IsDefined(seed.Status))
        {
            throw new ArgumentException($"Status {(int)seed.Status} is not a status the fake knows.", nameof(seed));
        }

        var order = FindOrder(data, seed.OrderId, shipped: true);
        var item = order.ItemList[0];
        var applied = seed.ApplyTime ?? now.AddHours(-1);
        var reason = seed.QuestionTypeCid2 is { } code
            ? data.ReasonList.Find(r => r.Code == code) ?? throw new ArgumentException($"Reason {code} is not in the reason tree.", nameof(seed))
            : data.ReasonList.Last(r => r.ParentCode != 0);
        var serviceId = data.ServiceOrderList.Count == 0 ? 1_300_000_000_001 : data.ServiceOrderList.Max(s => s.ServiceId) + 1;
        var service = new FakeServiceOrder
        {
            ServiceId = serviceId,
            ApplyId = 987_000_000 + (serviceId % 1_000_000),
            OrderId = order.OrderId,
            CustomerExpect = seed.CustomerExpect,
            ServiceStatus = (int)seed.Status,
            SysVersion = 1,
            ApplyTime = applied,
            UpdateTime = applied,
            CustomerPin = order.Pin,
            CustomerName = order.ConsigneeName,
            CustomerTel = order.ConsigneeMobile,
            CustomerGrade = 50,
            SkuId = item.SkuId,
            WareName = item.SkuName,
            WareBrand = item.Brand,
            ServiceCount = 1,
            ActualPayPrice = seed.ActualPayPrice ?? item.JdPrice,
            QuestionTypeCid1 = reason.ParentCode,
            QuestionTypeCid2 = reason.Code,
            QuestionDesc = seed.QuestionDescription ?? "收到的商品有问题，申请售后",
        };
        if (seed.Status is not (FakeServiceStatus.PendingAudit or FakeServiceStatus.WaitingForCustomerFeedback))
        {
            service.ApproveTime = applied.AddMinutes(30);
            service.ApproveResult = seed.Status == FakeServiceStatus.AuditClosed ? 22 : 33;
            service.ApprovePin = "seed";
            service.ApproveName = "测试";
        }

        var received = seed.Status is FakeServiceStatus.PendingProcessing or FakeServiceStatus.OriginalBackCancelled
            or FakeServiceStatus.OfflineExchangeCancelled or FakeServiceStatus.WaitingForCustomerConfirmation or FakeServiceStatus.Completed;
        if (received || seed.Status == FakeServiceStatus.AwaitingReceipt)
        {
            service.PickwareType = 40;
            service.ExpressCode = "JDV9" + (serviceId % 100_000_000_000).ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
            var pickup = new FakeTraceNode { Title = "揽收", Remark = "客户已寄出，快递已揽收", OperatorName = "王师傅", CourierTel = "137****3333", Time = applied.AddHours(1) };
            service.ReturnTraceNodes.Add(pickup);
            if (seed.ReturnSignedFor || seed.Status != FakeServiceStatus.AwaitingReceipt)
            {
                service.ReturnTraceNodes.Add(FakeTraceNode.MerchantSignedFor(pickup, applied.AddHours(20)));
            }
        }

        if (received)
        {
            service.Receipt = new FakeReturnReceipt
            {
                ReceiveId = 7_000_000_000 + (serviceId % 1_000_000),
                ReceiveDate = applied.AddHours(21),
                ReceivePin = "seed",
                ReceiveName = "测试",
                PackingState = 10,
                QualityState = 10,
                AppearanceState = 10,
                InvoiceRecordState = 10,
                JudgmentReason = 1,
                AccessoryOrGift = 1,
                ReceiveRemark = "已收货",
                WareNum = 1,
            };
        }

        if (seed.Status == FakeServiceStatus.WaitingForCustomerConfirmation)
        {
            // Waiting for the customer after processing: the fake says what was sent, so a cancellation can undo it.
            service.Shipment = new FakeShipment
            {
                Method = service.CustomerExpect == 20 ? "jingdong.asc.process.renew" : "jingdong.asc.process.back",
                ConsigneeName = service.CustomerName,
                RecordedAt = applied.AddHours(22),
            };
            service.ProcessTime = applied.AddHours(22);
            service.ProcessResult = service.CustomerExpect == 20 ? 22 : 24;
        }

        return service;
    }

    public static FakeRefundApplication Refund(FakeShopData data, FakeRefundSeed seed, DateTimeOffset now)
    {
        if (!Enum.IsDefined(seed.Status))
        {
            throw new ArgumentException($"Status {(int)seed.Status} is not a status the fake knows.", nameof(seed));
        }

        var order = FindOrder(data, seed.OrderId, shipped: false);
        var applied = seed.ApplyTime ?? now.AddHours(-1);
        var id = data.RefundList.Count == 0 ? 7_700_000_001 : data.RefundList.Max(r => r.Id) + 1;
        return new FakeRefundApplication
        {
            Id = id,
            OrderId = order.OrderId,
            BuyerId = order.Pin,
            BuyerName = order.ConsigneeName,
            ApplyTime = applied,
            ApplyRefundSum = seed.Amount ?? order.OrderPayment,
            Reason = seed.Reason ?? "不想要了",
            Status = (int)seed.Status,
            CheckTime = seed.Status == FakeRefundStatus.Pending ? null : applied.AddHours(1),
            CheckUserName = seed.Status == FakeRefundStatus.Pending ? "" : "测试",
        };
    }

    private static FakeOrder FindOrder(FakeShopData data, long? orderId, bool shipped)
    {
        if (orderId is { } id)
        {
            return data.FindOrder(id) ?? throw new ArgumentException($"Order {id} is not in the data set.", nameof(orderId));
        }

        return data.OrderList.Find(o => !shipped || o.Waybill is not null)
            ?? throw new InvalidOperationException("The data set has no order to attach the record to; start the gateway with more orders.");
    }
}
