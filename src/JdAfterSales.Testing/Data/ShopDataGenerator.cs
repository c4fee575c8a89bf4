using System.Globalization;

namespace JdAfterSales.Testing;

/// <summary>
/// Builds the deterministic data set: one <see cref="Random"/> from the seed, consumed in a fixed order, and only lists
/// (never hash sets or dictionaries) iterated, so the same seed, order count and anchor give the same data.
/// </summary>
internal sealed class ShopDataGenerator
{
    private const int PendingAuditCount = 14;
    private static readonly int[] LaterStatuses = [10002, 10004, 10005, 10005, 10007, 10009, 10010, 10010, 10011, 10005, 10007, 10010, 10001];
    private static readonly int[] ExpectCycle = [10, 20, 30, 10, 10, 20];
    private static readonly int[] CommentScores = [5, 5, 5, 5, 4, 4, 3, 2, 1];
    private static readonly int[] RefundLaterStatuses = [1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11];

    /// <summary>The statuses of the planted batch's service orders: the desk has some to decide, some approved on their way back.</summary>
    private static readonly int[] BatchStatuses = [10001, 10005, 10001, 10005, 10002, 10001];

    /// <summary>The reasons of the planted batch: a product that stops working.</summary>
    private static readonly int[] BatchReasons = [100102, 100102, 100103, 100102, 100103, 100102];

    private readonly Random _random;
    private readonly DateTimeOffset _anchor;
    private readonly FakeShopData _data;
    private readonly List<Customer> _customers = [];

    private ShopDataGenerator(int seed, DateTimeOffset anchor, string venderId)
    {
        _random = new Random(seed);
        _anchor = BeijingTime.ToBeijing(anchor);
        _data = new FakeShopData(venderId, _anchor);
    }

    public static FakeShopData Generate(int seed, int orderCount, DateTimeOffset anchor, string venderId)
    {
        var generator = new ShopDataGenerator(seed, anchor, venderId);
        generator._data.LastLogId = 880_000_000;
        generator.AddReasons();
        generator.AddCustomers(Math.Max(8, orderCount / 3));
        generator.AddOrders(orderCount);
        generator.AddServiceOrders(orderCount);
        generator.AddRefunds(orderCount);
        generator.AddComments();
        generator.AddBatchProblem();
        return generator._data;
    }

    private void AddReasons()
    {
        foreach (var (code, parent, name) in SampleText.Reasons)
        {
            _data.ReasonList.Add(new FakeQuestionReason(code, parent, name));
        }
    }

    private void AddCustomers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var name = Pick(SampleText.Surnames) + Pick(SampleText.GivenNames);
            _customers.Add(new Customer(
                "jd_" + _random.Next(0x10000000, int.MaxValue).ToString("x8", CultureInfo.InvariantCulture),
                name,
                Pick(SampleText.Grades),
                "1" + _random.Next(30, 90).ToString(CultureInfo.InvariantCulture) + "****" + _random.Next(0, 10000).ToString("D4", CultureInfo.InvariantCulture)));
        }
    }

    private void AddOrders(int count)
    {
        // Placement times over the last 100 days, oldest first, so order ids grow with time as JD's do.
        var times = new List<DateTimeOffset>(count);
        for (var i = 0; i < count; i++)
        {
            times.Add(_anchor.AddSeconds(-_random.Next(600, 100 * 24 * 3600)));
        }

        times.Sort();
        for (var i = 0; i < count; i++)
        {
            _data.OrderList.Add(CreateOrder(300_000_000_001 + i, times[i]));
        }
    }

    private FakeOrder CreateOrder(long orderId, DateTimeOffset placed)
    {
        // Repeat customers: a small pool, the first few buying more often.
        var customer = _customers[Math.Min(_random.Next(_customers.Count), _random.Next(_customers.Count))];
        var place = Pick(SampleText.Places);
        var age = _anchor - placed;
        var roll = _random.NextDouble();
        var (state, remark) = age.TotalDays switch
        {
            < 2 => roll < 0.9 ? ("WAIT_SELLER_STOCK_OUT", "等待出库") : ("TRADE_CANCELED", "(删除)库房作废"),
            < 8 => roll < 0.88 ? ("WAIT_GOODS_RECEIVE_CONFIRM", "等待确认收货") : roll < 0.95 ? ("TRADE_CANCELED", "(删除)库房作废") : ("LOCKED", "已锁定"),
            _ => roll < 0.92 ? ("FINISHED_L", "完成") : ("TRADE_CANCELED", "(删除)库房作废"),
        };
        var shipped = state is "WAIT_GOODS_RECEIVE_CONFIRM" or "FINISHED_L";
        var shipTime = Before(placed.AddHours(6 + _random.Next(0, 30)));
        var endTime = state switch
        {
            "FINISHED_L" => Before(shipTime.AddHours(24 + _random.Next(0, 96))),
            "TRADE_CANCELED" => Before(placed.AddMinutes(30 + _random.Next(0, 300))),
            _ => (DateTimeOffset?)null,
        };

        var items = new List<FakeOrderItem>();
        var first = _random.Next(SampleText.Products.Length);
        var lines = _random.NextDouble() < 0.2 ? 2 : 1;
        for (var line = 0; line < lines; line++)
        {
            var index = (first + (line * 7)) % SampleText.Products.Length;
            var product = SampleText.Products[index];
            items.Add(new FakeOrderItem
            {
                SkuId = 100_012_345_600 + index,
                WareId = 10_001 + index,
                OuterSkuId = "SKU-" + (index + 1).ToString("D3", CultureInfo.InvariantCulture),
                SkuName = product.Name,
                Brand = product.Brand,
                JdPrice = product.Price,
                Count = _random.NextDouble() < 0.15 ? 2 : 1,
            });
        }

        var total = items.Sum(i => i.JdPrice * i.Count);
        var discount = total >= 100 ? Pick([0m, 5m, 10m, 20m]) : 0m;
        var freight = total >= 99 ? 0m : 6m;
        var order = new FakeOrder
        {
            OrderId = orderId,
            OrderState = state,
            OrderStateRemark = remark,
            Pin = customer.Pin,
            OrderStartTime = placed,
            PaymentConfirmTime = placed.AddSeconds(_random.Next(5, 120)),
            OrderEndTime = endTime,
            Modified = endTime ?? (shipped ? shipTime : placed.AddSeconds(130)),
            OrderTotalPrice = total,
            OrderSellerPrice = total - discount,
            OrderPayment = total - discount + freight,
            FreightPrice = freight,
            SellerDiscount = discount,
            OrderRemark = _random.NextDouble() < 0.1 ? "请尽快发货，谢谢" : "",
            ConsigneeName = customer.Name[..1] + "*",
            ConsigneeMobile = customer.Tel,
            ConsigneeAddress = place.Province + " " + place.City + " ***",
            Province = place.Province,
            City = place.City,
            County = place.County,
            ProvinceId = place.ProvinceId,
            CityId = place.CityId,
            Waybill = shipped ? "JDV" + (100_000_000_000 + (orderId % 100_000_000_000)).ToString(CultureInfo.InvariantCulture) : null,
            LogisticsId = shipped ? "467" : null,
        };
        order.ItemList.AddRange(items);
        if (shipped)
        {
            AddTrace(order.WaybillTraceNodes, shipTime, signedAt: state == "FINISHED_L" ? endTime : null, "您的订单已由京东快递揽收");
        }

        return order;
    }

    private void AddServiceOrders(int orderCount)
    {
        var eligible = _data.OrderList
            .Where(o => o.OrderState is "FINISHED_L" or "WAIT_GOODS_RECEIVE_CONFIRM" && o.OrderStartTime < _anchor.AddDays(-3))
            .ToList();
        Shuffle(eligible);
        var count = Math.Min(eligible.Count, Math.Max(orderCount / 3, PendingAuditCount + LaterStatuses.Length));
        for (var k = 0; k < count; k++)
        {
            var status = k < PendingAuditCount ? 10001 : LaterStatuses[(k - PendingAuditCount) % LaterStatuses.Length];
            var expect = status == 10009 ? 20 : ExpectCycle[k % ExpectCycle.Length];

            // The first dozen-plus pending audits spread over the last 30 hours: some near the 24-hour deadline, some past it.
            DateTimeOffset? recent = k < PendingAuditCount ? _anchor.AddMinutes(-((k * 128) + _random.Next(1, 60))) : null;
            _data.ServiceOrderList.Add(CreateService(k, eligible[k], status, expect, recent));
        }
    }

    private FakeServiceOrder CreateService(int k, FakeOrder order, int status, int expect, DateTimeOffset? recentApply)
    {
        var reason = _data.ReasonList[3 + _random.Next(_data.ReasonList.Count - 3)];
        var applyTime = recentApply ?? Between(order.PaymentConfirmTime.AddDays(2), _anchor.AddHours(-31));
        var service = NewService(k, order, expect, status, applyTime, reason, () => Pick(SampleText.QuestionDescriptions[reason.ParentCode]));
        Log(service, applyTime, 10, "提交申请", service.QuestionDesc, service.CustomerPin, service.CustomerName);
        switch (status)
        {
            case 10002:
                Approve(service, 23, "请补充商品照片");
                break;
            case 10004:
                Approve(service, 22, "商品已超过售后期，审核不通过");
                service.ProcessTime = service.ApproveTime;
                break;
            case 10011:
                service.ProcessTime = Before(applyTime.AddHours(_random.Next(1, 20)));
                service.ProcessNotes = "客户主动取消";
                service.UpdateTime = service.ProcessTime.Value;
                Log(service, service.ProcessTime.Value, 50, "取消服务单", "客户主动取消", service.CustomerPin, service.CustomerName);
                break;
            case 10005 or 10007 or 10009 or 10010:
                ApproveWithReturn(service, signed: status != 10005 || _random.NextDouble() < 0.5, received: status != 10005);
                if (status == 10010)
                {
                    service.ProcessTime = Before(service.Receipt!.ReceiveDate.AddHours(_random.Next(2, 30)));
                    service.ProcessResult = AscNames.ProcessResultFor(expect);
                    service.ProcessNotes = "处理完成";
                    service.UpdateTime = service.ProcessTime.Value;
                    Log(service, service.ProcessTime.Value, 40, "处理关单", "处理完成", "shop_kefu01", "客服小李");
                }
                else if (status == 10009)
                {
                    // An exchange JD shipped from its warehouse, waiting for the customer to confirm.
                    service.ProcessTime = Before(service.Receipt!.ReceiveDate.AddHours(4));
                    service.ProcessResult = 22;
                    service.ProcessNotes = "换新";
                    service.UpdateTime = service.ProcessTime.Value;
                    service.Shipment = new FakeShipment { Method = "jingdong.asc.process.renew", ConsigneeName = service.CustomerName, RecordedAt = service.ProcessTime.Value };
                    Log(service, service.ProcessTime.Value, 43, "换新", "换新", "shop_kefu01", "客服小李");
                }

                break;
        }

        return service;
    }

    private void Approve(FakeServiceOrder service, int approveResult, string notes)
    {
        service.ApproveTime = Before(service.ApplyTime.AddHours(_random.Next(1, 20)));
        service.ApproveResult = approveResult;
        service.ApprovePin = "shop_kefu01";
        service.ApproveName = "客服小李";
        service.ApproveNotes = notes;
        service.UpdateTime = service.ApproveTime.Value;
        Log(service, service.ApproveTime.Value, approveResult == 22 ? 21 : approveResult == 23 ? 22 : 20, approveResult == 22 ? "审核驳回" : approveResult == 23 ? "待客户反馈" : "审核通过", notes, "shop_kefu01", "客服小李");
    }

    private void ApproveWithReturn(FakeServiceOrder service, bool signed, bool received)
    {
        var (approveResult, pickwareType) = Pick([(31, 4), (33, 40), (34, 7)]);
        Approve(service, approveResult, "同意售后，请寄回商品");
        service.PickwareType = pickwareType;
        service.ExpressCode = "JDV8" + (service.ServiceId % 100_000_000_000).ToString("D11", CultureInfo.InvariantCulture);
        var pickedUp = Before(service.ApproveTime!.Value.AddHours(_random.Next(2, 24)));
        var signedAt = signed ? Before(pickedUp.AddHours(_random.Next(20, 60))) : (DateTimeOffset?)null;
        AddTrace(service.ReturnTraceNodes, pickedUp, signedAt, "京东快递已揽收退货包裹");
        service.UpdateTime = service.ReturnTraceNodes[^1].Time > service.UpdateTime ? service.ReturnTraceNodes[^1].Time : service.UpdateTime;
        if (received && signedAt is { } at)
        {
            var receiveDate = Before(at.AddHours(_random.Next(1, 12)));
            service.Receipt = new FakeReturnReceipt
            {
                ReceiveId = 660_000_000 + (service.ServiceId % 1_000_000),
                ReceiveDate = receiveDate,
                ReceivePin = "shop_wms01",
                ReceiveName = "仓库小王",
                PackingState = 10,
                QualityState = 10,
                AppearanceState = 10,
                InvoiceRecordState = 10,
                JudgmentReason = 1,
                AccessoryOrGift = 1,
                ReceiveRemark = "包装完好，配件齐全",
                WareNum = service.ServiceCount,
            };
            service.UpdateTime = receiveDate;
            Log(service, receiveDate, 30, "收货登记", "包装完好，配件齐全", "shop_wms01", "仓库小王");
        }
    }

    private void AddRefunds(int orderCount)
    {
        var candidates = _data.OrderList.Where(o => o.OrderState != "TRADE_CANCELED").ToList();
        Shuffle(candidates);
        var standalone = Math.Min(candidates.Count, Math.Max(10, orderCount / 8));
        var index = 0;
        for (var i = 0; i < standalone; i++)
        {
            var order = candidates[i];
            var pending = _random.NextDouble() < 0.45;
            var customer = _customers.Find(c => c.Pin == order.Pin)!;
            var earliest = order.PaymentConfirmTime.AddMinutes(10);
            var applyTime = pending ? Between(Max(earliest, _anchor.AddDays(-3)), _anchor.AddMinutes(-5)) : Between(earliest, _anchor.AddDays(-1));
            _data.RefundList.Add(CreateRefund(index++, order, customer, applyTime, pending ? 0 : Pick(RefundLaterStatuses), Pick(SampleText.RefundReasons), order.OrderPayment, null));
        }

        // Refunds that belong to return service orders of the same order.
        foreach (var service in _data.ServiceOrderList.Where(s => s.CustomerExpect == 10 && s.ServiceStatus is 10005 or 10007 or 10010).Take(12).ToList())
        {
            var order = _data.FindOrder(service.OrderId)!;
            var customer = _customers.Find(c => c.Pin == order.Pin)!;
            var status = service.ServiceStatus == 10010 ? 3 : 0;
            _data.RefundList.Add(CreateRefund(index++, order, customer, Before(service.ApproveTime!.Value.AddMinutes(5)), status, "退货退款", service.ActualPayPrice, service.ServiceId));
        }
    }

    private FakeRefundApplication CreateRefund(int index, FakeOrder order, Customer customer, DateTimeOffset applyTime, int status, string reason, decimal amount, long? serviceId) =>
        new()
        {
            Id = 7_788_000_001 + index,
            OrderId = order.OrderId,
            ServiceId = serviceId,
            BuyerId = customer.Pin,
            BuyerName = customer.Name,
            ApplyTime = applyTime,
            ApplyRefundSum = amount,
            Reason = reason,
            Status = status,
            CheckTime = status == 0 ? null : Before(applyTime.AddHours(_random.Next(1, 24))),
            CheckUserName = status == 0 ? "" : "客服小李",
            CheckRemark = status == 0 ? "" : "已处理",
        };

    private void AddComments()
    {
        var index = 0;
        foreach (var order in _data.OrderList.Where(o => o.OrderState == "FINISHED_L").ToList())
        {
            if (_random.NextDouble() >= 0.5)
            {
                continue;
            }

            var score = Pick(CommentScores);
            var content = score >= 4 ? Pick(SampleText.GoodComments) : score >= 2 ? Pick(SampleText.NeutralComments) : Pick(SampleText.BadComments);
            var created = Before(order.OrderEndTime!.Value.AddHours(_random.Next(1, 72)));
            var item = order.ItemList[0];
            var comment = new FakeComment
            {
                CommentId = "15" + (++index).ToString("D11", CultureInfo.InvariantCulture),
                OrderId = order.OrderId,
                SkuId = item.SkuId,
                SkuName = item.SkuName,
                Content = content,
                Score = score,
                CreationTime = created,
                Pin = order.Pin,
                NickName = order.Pin[..1] + "***" + order.Pin[^1..],
                UsefulCount = _random.Next(0, 5),
            };
            if (_random.NextDouble() < 0.4)
            {
                comment.ReplyList.Add(new FakeCommentReply
                {
                    ReplyId = _data.NextReplyId(),
                    Content = score >= 4 ? SampleText.Replies[0] : Pick(SampleText.Replies[1..]),
                    NickName = "店铺客服",
                    CreationTime = Before(created.AddHours(_random.Next(1, 48))),
                });
            }

            _data.CommentList.Add(comment);
        }
    }

    /// <summary>
    /// A bad batch: in the last 7 days, one SKU gets up to <see cref="BatchStatuses"/> more quality returns on orders of
    /// the last five weeks, far above its own weekly rate (at least triple, on the default shop about ten times). Added
    /// last, so everything generated before it is the same as without it; the SKU is the one with the most delivered
    /// orders of those weeks that have no service order yet (ties: the lowest SKU id).
    /// </summary>
    private void AddBatchProblem()
    {
        var recentStart = _anchor.AddDays(-7);
        var serviced = _data.ServiceOrderList.Select(s => s.OrderId).ToHashSet();
        var batch = _data.OrderList
            .Where(o => o.OrderState is "FINISHED_L" or "WAIT_GOODS_RECEIVE_CONFIRM" && !serviced.Contains(o.OrderId)
                && o.OrderStartTime >= _anchor.AddDays(-35) && o.OrderStartTime <= _anchor.AddDays(-4))
            .GroupBy(o => o.ItemList[0].SkuId)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .FirstOrDefault();
        if (batch is null)
        {
            return;
        }

        var k = _data.ServiceOrderList.Count;
        foreach (var (order, i) in batch.OrderBy(o => o.OrderId).Take(BatchStatuses.Length).Select((o, i) => (o, i)))
        {
            var status = BatchStatuses[i];
            var reason = _data.ReasonList.Find(r => r.Code == BatchReasons[i])!;
            var applyTime = Between(Max(order.PaymentConfirmTime.AddDays(2), recentStart.AddHours(1)), _anchor.AddHours(-1));
            var service = CreateBatchService(k++, order, status, reason, applyTime);
            _data.ServiceOrderList.Add(service);
        }
    }

    /// <summary>
    /// A service order for the first item of <paramref name="order"/>. The description is drawn after the version, so
    /// the random sequence (and with it the whole data set) stays what it has always been.
    /// </summary>
    private FakeServiceOrder NewService(int k, FakeOrder order, int expect, int status, DateTimeOffset applyTime, FakeQuestionReason reason, Func<string> questionDescription)
    {
        var customer = _customers.Find(c => c.Pin == order.Pin)!;
        var item = order.ItemList[0];
        return new FakeServiceOrder
        {
            ServiceId = 1_300_000_000_001 + k,
            ApplyId = 987_600_001 + k,
            OrderId = order.OrderId,
            CustomerExpect = expect,
            ServiceStatus = status,
            SysVersion = _random.Next(1, 6),
            ApplyTime = applyTime,
            UpdateTime = applyTime,
            CustomerPin = customer.Pin,
            CustomerName = customer.Name,
            CustomerTel = customer.Tel,
            CustomerGrade = customer.Grade,
            SkuId = item.SkuId,
            WareName = item.SkuName,
            WareBrand = item.Brand,
            ServiceCount = item.Count,
            ActualPayPrice = item.JdPrice * item.Count,
            QuestionTypeCid1 = reason.ParentCode,
            QuestionTypeCid2 = reason.Code,
            QuestionDesc = questionDescription(),
        };
    }

    private FakeServiceOrder CreateBatchService(int k, FakeOrder order, int status, FakeQuestionReason reason, DateTimeOffset applyTime)
    {
        var service = NewService(k, order, 10, status, applyTime, reason, () => reason.Code == 100102 ? "用了两天就无法开机了" : "功能不正常，按键没反应");
        Log(service, applyTime, 10, "提交申请", service.QuestionDesc, service.CustomerPin, service.CustomerName);
        if (status == 10002)
        {
            Approve(service, 23, "请补充商品照片");
        }
        else if (status == 10005)
        {
            ApproveWithReturn(service, signed: false, received: false);
        }

        return service;
    }

    private void AddTrace(List<FakeTraceNode> nodes, DateTimeOffset pickedUp, DateTimeOffset? signedAt, string pickupRemark)
    {
        var courier = Pick(SampleText.Surnames) + "师傅";
        var tel = "13" + _random.Next(0, 10).ToString(CultureInfo.InvariantCulture) + "****" + _random.Next(0, 10000).ToString("D4", CultureInfo.InvariantCulture);
        nodes.Add(new FakeTraceNode { Title = "揽收", Remark = pickupRemark, OperatorName = courier, CourierTel = tel, Time = pickedUp });
        var transit = pickedUp.AddHours(8);
        var last = signedAt ?? _anchor;
        if (transit < last)
        {
            nodes.Add(new FakeTraceNode { Title = "运输中", Remark = "您的快件已到达分拣中心", OperatorName = courier, CourierTel = tel, Time = transit });
        }

        if (signedAt is { } signed)
        {
            var delivering = signed.AddHours(-2);
            if (delivering > nodes[^1].Time)
            {
                nodes.Add(new FakeTraceNode { Title = "派送中", Remark = "快递员正在派送", OperatorName = courier, CourierTel = tel, Time = delivering });
            }

            nodes.Add(new FakeTraceNode { Title = "签收", Remark = "您的快件已签收，感谢使用京东快递", OperatorName = courier, CourierTel = tel, Time = Max(signed, nodes[^1].Time) });
        }
    }

    private void Log(FakeServiceOrder service, DateTimeOffset at, int type, string typeName, string remark, string pin, string name) =>
        service.LogEntries.Add(new FakeServiceLog
        {
            AfsLogId = _data.NextLogId(),
            ServiceId = service.ServiceId,
            OperateType = type,
            OperateTypeName = typeName,
            OperateRemark = remark,
            OperatePin = pin,
            OperateName = name,
            OperateDate = at,
        });

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>Nothing in the data set happens after the anchor.</summary>
    private DateTimeOffset Before(DateTimeOffset time) => time < _anchor ? time : _anchor.AddMinutes(-1);

    private DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return Before(from);
        }

        var seconds = (long)(to - from).TotalSeconds;
        return from.AddSeconds(_random.NextInt64(0, Math.Max(1, seconds)));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private sealed record Customer(string Pin, string Name, int Grade, string Tel);
}
