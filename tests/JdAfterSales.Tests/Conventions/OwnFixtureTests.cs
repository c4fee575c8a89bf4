using JdAfterSales.AfterSales;
using JdAfterSales.Logistics;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;
using JdAfterSales.Tests.AfterSales;
using JdAfterSales.Tests.Support;

namespace JdAfterSales.Tests.Conventions;

/// <summary>
/// Every fixture, shared and own, read through the typed call of its JOS method: a success fixture reads into the
/// result, a failure fixture raises the error its name says. A fixture nothing reads fails here.
/// </summary>
public sealed class OwnFixtureTests
{
    private static readonly AscContactAddress Address = new()
    {
        ContactName = "售后仓", ContactTel = "010-1", Zipcode = "100000", Province = 1, City = 72, County = 2819, DetailAddress = "北京",
    };

    /// <summary>The typed call for each JOS method, by its name without <c>jingdong.</c>.</summary>
    private static readonly Dictionary<string, Func<JdClient, Task<object?>>> Calls = new(StringComparer.Ordinal)
    {
        ["asc.query.list"] = async c => await c.AfterSales.ListServicesAsync(new ListServicesRequest()),
        ["asc.query.view"] = async c => await c.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = 1, OrderId = 2 }),
        ["asc.sync.list"] = async c => await c.AfterSales.ListChangedServicesAsync(new ListChangedServicesRequest()),
        ["asc.log.list"] = async c => await c.AfterSales.ListServiceLogsAsync(new ListServiceLogsRequest { ServiceId = 1 }),
        ["asc.serviceAndRefund.view"] = async c => await c.AfterSales.ListServiceRefundsAsync(new ListServiceRefundsRequest()),
        ["asc.audit.list"] = async c => await c.AfterSales.ListPendingAuditsAsync(new ListPendingAuditsRequest()),
        ["asc.audit.reason.list"] = async c => await c.AfterSales.ListAuditReasonsAsync(new ListAuditReasonsRequest()),
        ["asc.audit.refuse"] = async c => await c.AfterSales.RejectServiceAsync(new RejectServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1 }),
        ["asc.audit.send"] = async c => await c.AfterSales.ApproveForReturnShippingAsync(new ApproveForReturnShippingRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1, ReturnAddress = Address, ReturnAddressType = 1, ApplyDetailIds = [1] }),
        ["asc.audit.homepick"] = async c => await c.AfterSales.ApproveForDoorPickupAsync(new ApproveForDoorPickupRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1, ReturnAddress = Address, PickupAddress = Address, ReturnAddressType = 1, ApplyDetailIds = [1] }),
        ["asc.audit.delivery"] = async c => await c.AfterSales.ApproveForCustomerDeliveryAsync(new ApproveForCustomerDeliveryRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1, ReturnAddress = Address, ApplyDetailIds = [1] }),
        ["asc.audit.waitFeedback"] = async c => await c.AfterSales.RequestCustomerFeedbackAsync(new RequestCustomerFeedbackRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n", ApproveReasonCid1 = 1 }),
        ["asc.receive.list"] = async c => await c.AfterSales.ListAwaitingReceiptAsync(new ListAwaitingReceiptRequest()),
        ["asc.receive.register"] = async c => await c.AfterSales.RegisterReceiptAsync(new RegisterReceiptRequest { ServiceId = 1, OrderId = 2, ReceiveRemark = "r" }),
        ["asc.receive.view"] = async c => await c.AfterSales.GetReceiptAsync(new GetReceiptRequest { ServiceId = 1, OrderId = 2 }),
        ["asc.freight.view"] = async c => await c.AfterSales.GetReturnFreightAsync(new GetReturnFreightRequest { ServiceId = 1, OrderId = 2 }),
        ["asc.process.close"] = async c => await c.AfterSales.CloseServiceAsync(new CloseServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 3 }),
        ["asc.common.cancel"] = async c => await c.AfterSales.CancelServiceAsync(new CancelServiceRequest { ServiceId = 1, OrderId = 2, SysVersion = 3, ApproveNotes = "n" }),
        ["pop.afs.soa.refundapply.queryPageList"] = async c => await c.Refunds.ListAsync(new ListRefundsRequest()),
        ["refundapply.queryPageList"] = async c => await c.Refunds.ListAsync(new ListRefundsRequest()),
        ["pop.afs.soa.refundapply.queryById"] = async c => await c.Refunds.GetAsync(1),
        ["pop.afs.soa.refundapply.replyRefund"] = async c => await c.Refunds.ReplyAsync(ReplyRefundRequest.Approve(1, "r")),
        ["refundapply.replyRefund"] = async c => await c.Refunds.ReplyAsync(ReplyRefundRequest.Approve(1, "r")),
        ["pop.afs.soa.refundapply.getWaitRefundNum"] = async c => await c.Refunds.CountPendingAsync(),
        ["pop.order.search"] = async c => await c.Orders.SearchAsync(new SearchOrdersRequest { States = [OrderState.Finished], StartDate = DateTimeOffset.UnixEpoch, EndDate = DateTimeOffset.UnixEpoch.AddDays(1) }),
        ["pop.order.get"] = async c => await c.Orders.GetAsync(new GetOrderRequest { OrderId = 1 }),
        ["pop.order.modifyVenderRemark"] = async c => await c.Orders.ModifyVenderRemarkAsync(new ModifyVenderRemarkRequest { OrderId = 1, Remark = "r" }),
        ["ldop.receive.trace.get"] = async c => await c.Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest { WaybillCode = "w", CustomerCode = "c" }),
        ["getThirdTrace"] = async c => await c.Logistics.GetThirdPartyTraceAsync(new GetThirdPartyTraceRequest { OrderId = 1 }),
        ["pop.PopCommentJsfService.getVenderCommentsForJos"] = async c => await c.Reviews.ListCommentsAsync(new ListCommentsRequest()),
        ["comments.getVenderCommentsForJos"] = async c => await c.Reviews.ListCommentsAsync(new ListCommentsRequest()),
        ["club.pop.commentreply.save"] = async c => await c.Reviews.ReplyToCommentAsync(new ReplyToCommentRequest { CommentId = "1", Content = "c" }),
    };

    /// <summary>What a fixture's case says about its outcome; anything else reads into a result.</summary>
    private static readonly Dictionary<string, Type> Failures = new(StringComparer.Ordinal)
    {
        ["stale-sysversion"] = typeof(JdConcurrencyException),
        ["business-failure"] = typeof(JdBusinessException),
        ["already-audited"] = typeof(JdBusinessException),
        ["other-status"] = typeof(JdBusinessException),
        ["failure"] = typeof(JdBusinessException),
        ["no-result"] = typeof(JdContractException),
    };

    public static TheoryData<string> MethodFixtures()
    {
        var data = new TheoryData<string>();
        foreach (var name in Fixtures.AllNames().Where(n => !n.StartsWith("error.", StringComparison.Ordinal) && !n.StartsWith("oauth.", StringComparison.Ordinal)))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MethodFixtures))]
    public async Task Each_fixture_reads_through_the_typed_call_of_its_method(string fixture)
    {
        var (method, outcome) = Split(fixture);
        Assert.True(Calls.TryGetValue(method, out var call), $"no typed call mapped for fixture {fixture}");
        var (client, handler) = AscKit.With(fixture);

        var error = await Record.ExceptionAsync(() => call(client));

        Assert.Single(handler.Requests);
        if (Failures.TryGetValue(outcome, out var expected))
        {
            Assert.IsAssignableFrom(expected, error);
        }
        else
        {
            Assert.Null(error);
        }
    }

    /// <summary><c>asc.process.close.no-result.json</c> → (<c>asc.process.close</c>, <c>no-result</c>).</summary>
    private static (string Method, string Case) Split(string fixture)
    {
        var stem = fixture[..^".json".Length];
        var dot = stem.LastIndexOf('.');
        return (stem[..dot], stem[(dot + 1)..]);
    }
}
