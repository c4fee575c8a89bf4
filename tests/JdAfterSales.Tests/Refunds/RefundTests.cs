using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using JdAfterSales.AfterSales;
using JdAfterSales.Gateway;
using JdAfterSales.Refunds;
using JdAfterSales.Tests.AfterSales;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Refunds;

/// <summary>Refund applications: fixtures, wire shapes, the already-audited reply, validation.</summary>
public sealed class RefundTests
{
    [Fact]
    public async Task Query_page_list_reads_the_application()
    {
        var (client, _) = AscKit.With("refundapply.queryPageList.success.json");
        var page = await client.Refunds.ListAsync(new ListRefundsRequest { Status = RefundStatus.Pending });

        Assert.Equal(1, page.TotalCount);
        var refund = Assert.Single(page.Items);
        Assert.Equal(7788990011L, refund.Id);
        Assert.True(refund.Id > uint.MaxValue);
        Assert.Equal(300000000003L, refund.OrderId);
        Assert.Equal(59.5m, refund.ApplyRefundSum);
        Assert.Equal(new DateTimeOffset(2024, 5, 20, 11, 0, 0, TimeSpan.FromHours(8)), refund.ApplyTime);
        Assert.Null(refund.CheckTime);
        Assert.Equal(RefundStatus.Pending, refund.Status);
        Assert.Equal("未审核", refund.Status.ChineseName);
        Assert.Equal("未收到货", refund.Reason);
        Assert.Equal(1, refund.SystemId);
        Assert.Equal(0L, refund.StoreId);
    }

    [Fact]
    public async Task Query_by_id_reads_one_application()
    {
        var (client, handler) = AscKit.With("pop.afs.soa.refundapply.queryById.success.json");
        var refund = await client.Refunds.GetAsync(7788990011);

        AscKit.AssertSent(handler, "jingdong.pop.afs.soa.refundapply.queryById", """{"id":7788990011}""");
        Assert.NotNull(refund);
        Assert.Equal(RefundStatus.Approved, refund.Status);
        Assert.Equal(59.50m, refund.ApplyRefundSum);
        Assert.Equal(AscKit.Beijing20240520, refund.CheckTime);
        Assert.Equal("oid_abc", refund.BuyerOpenId);
        Assert.Equal(0, refund.PartRefundType);
    }

    [Fact]
    public async Task Wait_refund_num_reads_the_count_and_sends_an_empty_object()
    {
        var (client, handler) = AscKit.With("pop.afs.soa.refundapply.getWaitRefundNum.success.json");
        Assert.Equal(17, await client.Refunds.CountPendingAsync());
        AscKit.AssertSent(handler, "jingdong.pop.afs.soa.refundapply.getWaitRefundNum", "{}");
    }

    [Fact]
    public async Task Query_page_list_sends_ids_comma_separated_and_times_in_beijing_time()
    {
        var (client, handler) = AscKit.With("refundapply.queryPageList.success.json");
        await client.Refunds.ListAsync(new ListRefundsRequest
        {
            Ids = [7788990011, 7788990012],
            Status = RefundStatus.Pending,
            OrderId = 300000000003,
            ApplyTimeStart = new DateTimeOffset(2024, 5, 20, 0, 0, 0, TimeSpan.Zero),
            ApplyTimeEnd = new DateTimeOffset(2024, 5, 21, 0, 0, 0, TimeSpan.Zero),
            PageNumber = 100,
            PageSize = 20,
        });

        AscKit.AssertSent(handler, "jingdong.pop.afs.soa.refundapply.queryPageList", """
            {"ids":"7788990011,7788990012","status":0,"orderId":"300000000003","applyTimeStart":"2024-05-20 08:00:00",
            "applyTimeEnd":"2024-05-21 08:00:00","pageIndex":100,"pageSize":20}
            """);
    }

    [Fact]
    public async Task Approve_reject_intercept_and_general_replies_send_their_status()
    {
        var (client, handler) = AscKit.With("pop.afs.soa.refundapply.replyRefund.success.json");
        await client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(7788990011, "同意退款"));
        AscKit.AssertSent(handler, "jingdong.pop.afs.soa.refundapply.replyRefund", """{"id":7788990011,"status":1,"checkUserName":"客服小李","remark":"同意退款"}""");

        (client, handler) = AscKit.With("pop.afs.soa.refundapply.replyRefund.success.json");
        await client.Refunds.ReplyAsync(ReplyRefundRequest.Reject(7788990011, RefundRejectType.InTransit, "已发货"));
        AscKit.AssertSent(handler, "jingdong.pop.afs.soa.refundapply.replyRefund", """{"id":7788990011,"status":2,"checkUserName":"客服小李","remark":"已发货","rejectType":1}""");

        (client, handler) = AscKit.With("pop.afs.soa.refundapply.replyRefund.success.json");
        await client.Refunds.ReplyAsync(ReplyRefundRequest.Intercept(7788990011, "拦截快递"));
        AscKit.AssertSent(handler, "jingdong.pop.afs.soa.refundapply.replyRefund", """{"id":7788990011,"status":6,"checkUserName":"客服小李","remark":"拦截快递"}""");

        (client, handler) = AscKit.With("pop.afs.soa.refundapply.replyRefund.success.json");
        await client.Refunds.ReplyAsync(new ReplyRefundRequest { Id = 7788990011, Status = RefundStatus.ForceClosedAndRefunded, CheckUserName = "主管" });
        AscKit.AssertSent(handler, "jingdong.pop.afs.soa.refundapply.replyRefund", """{"id":7788990011,"status":9,"checkUserName":"主管"}""");

        (client, handler) = AscKit.With("pop.afs.soa.refundapply.replyRefund.success.json");
        await client.Refunds.ReplyAsync(new ReplyRefundRequest { Id = 7788990011, Status = RefundStatus.LogisticsFollowUp, Remark = "线下拦截", OutWareStatus = 1 });
        AscKit.AssertSent(handler, "jingdong.pop.afs.soa.refundapply.replyRefund", """{"id":7788990011,"status":10,"checkUserName":"客服小李","remark":"线下拦截","outWareStatus":1}""");
    }

    [Fact]
    public async Task A_reply_to_an_application_already_audited_is_already_processed_and_not_resent()
    {
        var (client, handler) = AscKit.With("refundapply.replyRefund.already-audited.json");
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(7788990011, "同意退款")));

        Assert.Equal(JdBusinessErrorKind.AlreadyProcessed, error.Kind);
        Assert.Equal("E_STATUS", error.Code);
        Assert.Equal("申请单不能审核为该结果，请检查申请单是否已审核；", error.JdMessage);
        Assert.Equal("jingdong.pop.afs.soa.refundapply.replyRefund", error.Method);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Another_status_refusal_is_a_general_business_error()
    {
        var (client, _) = AscKit.With("pop.afs.soa.refundapply.replyRefund.other-status.json");
        var error = await Assert.ThrowsAsync<JdBusinessException>(() => client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(1, "同意")));
        Assert.Equal(JdBusinessErrorKind.General, error.Kind);
        Assert.Equal("E_STATUS", error.Code);
    }

    public static TheoryData<string, string, Func<JdClient, Task>> Refusals() => new()
    {
        { "pageSize", "50", c => c.Refunds.ListAsync(new ListRefundsRequest { PageSize = 51 }) },
        { "pageIndex", "100", c => c.Refunds.ListAsync(new ListRefundsRequest { PageNumber = 101 }) },
        { "pageIndex", "1", c => c.Refunds.ListAsync(new ListRefundsRequest { PageNumber = 0 }) },
        { "ids", "pageSize (10)", c => c.Refunds.ListAsync(new ListRefundsRequest { PageSize = 10, Ids = Enumerable.Range(1, 11).Select(i => (long)i).ToArray() }) },
        { "ids", "positive", c => c.Refunds.ListAsync(new ListRefundsRequest { Ids = [1, -2] }) },
        { "applyTimeEnd", "applyTimeStart", c => c.Refunds.ListAsync(new ListRefundsRequest { ApplyTimeStart = AscKit.Beijing20240520, ApplyTimeEnd = AscKit.Beijing20240520.AddDays(-1) }) },
        { "checkTimeEnd", "checkTimeStart", c => c.Refunds.ListAsync(new ListRefundsRequest { CheckTimeStart = AscKit.Beijing20240520, CheckTimeEnd = AscKit.Beijing20240520.AddDays(-1) }) },
        { "id", "positive", c => c.Refunds.GetAsync(0) },
        { "id", "positive", c => c.Refunds.ReplyAsync(ReplyRefundRequest.Approve(-1, "同意")) },
        { "remark", "required", c => c.Refunds.ReplyAsync(ReplyRefundRequest.Approve(1, "")) },
        { "remark", "required", c => c.Refunds.ReplyAsync(ReplyRefundRequest.Reject(1, RefundRejectType.Other, "  ")) },
        { "rejectType", "status 2", c => c.Refunds.ReplyAsync(new ReplyRefundRequest { Id = 1, Status = RefundStatus.Rejected, Remark = "r" }) },
        { "rejectType", "status 2", c => c.Refunds.ReplyAsync(new ReplyRefundRequest { Id = 1, Status = RefundStatus.Approved, Remark = "r", RejectType = RefundRejectType.Other }) },
        { "status", "force close", c => c.Refunds.ReplyAsync(new ReplyRefundRequest { Id = 1, Status = RefundStatus.Pending, Remark = "r" }) },
        { "outWareStatus", "shipped", c => c.Refunds.ReplyAsync(new ReplyRefundRequest { Id = 1, Status = RefundStatus.Approved, Remark = "r", OutWareStatus = 3 }) },
        { "applyTimeStart", "required", c => c.Refunds.ListAllAsync(new ListRefundsRequest { ApplyTimeEnd = AscKit.Beijing20240520 }).GetAsyncEnumerator().MoveNextAsync().AsTask() },
        { "applyTimeEnd", "before", c => c.Refunds.ListAllAsync(new ListRefundsRequest { ApplyTimeStart = AscKit.Beijing20240520, ApplyTimeEnd = AscKit.Beijing20240520.AddSeconds(-1) }).GetAsyncEnumerator().MoveNextAsync().AsTask() },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refused_before_sending_naming_the_parameter(string field, string ruleMentions, Func<JdClient, Task> call)
    {
        var handler = StubHandler.Json("{}");
        var client = TestClients.Create(handler, AscKit.Options());

        var error = await Assert.ThrowsAsync<JdValidationException>(() => call(client));

        Assert.Equal(field, error.Field);
        Assert.Contains(ruleMentions, error.Rule, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_reply_without_a_checker_name_is_refused_naming_check_user_name()
    {
        var handler = StubHandler.Json("{}");
        var client = TestClients.Create(handler, AscKit.Options(nick: null));

        var error = await Assert.ThrowsAsync<JdValidationException>(() => client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(1, "同意")));

        Assert.Equal("checkUserName", error.Field);
        Assert.Empty(handler.Requests);
    }
}
