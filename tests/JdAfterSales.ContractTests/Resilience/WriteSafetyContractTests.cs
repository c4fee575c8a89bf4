using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using JdAfterSales.AfterSales;
using JdAfterSales.ContractTests.Support;
using JdAfterSales.Gateway;
using JdAfterSales.Orders;
using JdAfterSales.Refunds;
using JdAfterSales.Reviews;
using JdAfterSales.Testing;

namespace JdAfterSales.ContractTests.Resilience;

/// <summary>
/// Writes are never sent twice after a failure that may have reached JD: for every write request type of the
/// library, a connection dropped after the gateway processed the write, and an attempt timeout, each leave exactly
/// one request in the gateway's journal, and the caller gets the transport or timeout error.
/// </summary>
public sealed class WriteSafetyContractTests
{
    private const string RawWrite = "InvokeRawAsync(..., JdOperationKind.Write)";

    /// <summary>How to send each write; a write type missing here fails <see cref="Every_write_request_type_has_an_entry"/>.</summary>
    private static readonly Dictionary<string, Func<JdClient, FakeShopData, Task>> Writes = new()
    {
        [nameof(RejectServiceRequest)] = (c, d) => c.AfterSales.RejectServiceAsync(Requests.Reject(Service(d, 10001))),
        [nameof(ApproveForReturnShippingRequest)] = (c, d) => c.AfterSales.ApproveForReturnShippingAsync(Requests.ApproveForReturnShipping(Service(d, 10001))),
        [nameof(ApproveForDoorPickupRequest)] = (c, d) => c.AfterSales.ApproveForDoorPickupAsync(Requests.ApproveForDoorPickup(Service(d, 10001))),
        [nameof(ApproveForCustomerDeliveryRequest)] = (c, d) => c.AfterSales.ApproveForCustomerDeliveryAsync(Requests.ApproveForCustomerDelivery(Service(d, 10001))),
        [nameof(RequestCustomerFeedbackRequest)] = (c, d) => c.AfterSales.RequestCustomerFeedbackAsync(Requests.RequestFeedback(Service(d, 10001))),
        [nameof(RegisterReceiptRequest)] = (c, d) => c.AfterSales.RegisterReceiptAsync(Requests.RegisterReceipt(Service(d, 10005))),
        [nameof(CloseServiceRequest)] = (c, d) => c.AfterSales.CloseServiceAsync(Requests.Close(Service(d, 10007))),
        [nameof(CancelServiceRequest)] = (c, d) => c.AfterSales.CancelServiceAsync(Requests.Cancel(Service(d, 10001))),
        [nameof(ApproveForDoorExchangeRequest)] = (c, d) => c.AfterSales.ApproveForDoorExchangeAsync(Requests.ApproveForDoorExchange(Service(d, 10001))),
        [nameof(ApproveForCompensationRequest)] = (c, d) => c.AfterSales.ApproveForCompensationAsync(Requests.ApproveForCompensation(Service(d, 10001))),
        [nameof(ApproveForReissueRequest)] = (c, d) => c.AfterSales.ApproveForReissueAsync(Requests.ApproveForReissue(Service(d, 10001))),
        [nameof(RemindCustomerToShipRequest)] = (c, d) => c.AfterSales.RemindCustomerToShipAsync(Requests.RemindToShip(Service(d, 10005))),
        [nameof(RegisterReturnFreightRequest)] = (c, d) => c.AfterSales.RegisterReturnFreightAsync(Requests.RegisterReturnFreight(Service(d, 10005))),
        [nameof(AddServiceNoteRequest)] = (c, d) => c.AfterSales.AddServiceNoteAsync(Requests.AddNote(Service(d, 10005))),
        [nameof(ShipOriginalBackRequest)] = (c, d) => c.AfterSales.ShipOriginalBackAsync(Requests.ShipOriginalBack(Service(d, 10007))),
        [nameof(CancelOriginalBackRequest)] = (c, d) => c.AfterSales.CancelOriginalBackAsync(Requests.CancelOriginalBack(Service(d, 10009))),
        [nameof(ShipReplacementRequest)] = (c, d) => c.AfterSales.ShipReplacementAsync(Requests.ShipReplacement(Service(d, 10007))),
        [nameof(RegisterOfflineExchangeRequest)] = (c, d) => c.AfterSales.RegisterOfflineExchangeAsync(Requests.RegisterOfflineExchange(Service(d, 10007))),
        [nameof(CancelOfflineExchangeRequest)] = (c, d) => c.AfterSales.CancelOfflineExchangeAsync(Requests.CancelOfflineExchange(Service(d, 10009))),
        [nameof(RequestJdInterventionRequest)] = (c, d) => c.AfterSales.RequestJdInterventionAsync(Requests.RequestJdIntervention(Service(d, 10007))),
        [nameof(ReplyRefundRequest)] = (c, d) => c.Refunds.ReplyAsync(ReplyRefundRequest.Approve(d.RefundApplications.First(r => r.Status == 0).Id, "同意退款")),
        [nameof(ModifyVenderRemarkRequest)] = (c, d) => c.Orders.ModifyVenderRemarkAsync(new ModifyVenderRemarkRequest { OrderId = d.Orders[0].OrderId, Remark = "已联系客户", Flag = VenderRemarkColor.Green }),
        [nameof(ReplyToCommentRequest)] = (c, d) => c.Reviews.ReplyToCommentAsync(new ReplyToCommentRequest { CommentId = d.Comments[0].CommentId, Content = "感谢您的反馈" }),
        [RawWrite] = (c, d) => c.InvokeRawAsync(
            "jingdong.pop.afs.soa.refundapply.replyRefund",
            new JsonObject { ["id"] = d.RefundApplications.First(r => r.Status == 0).Id, ["status"] = 1, ["checkUserName"] = "客服", ["remark"] = "同意" },
            JdOperationKind.Write),
    };

    public static TheoryData<string> WriteNames => new(Writes.Keys);

    [Fact]
    public void Every_write_request_type_has_an_entry()
    {
        var writeTypes = typeof(JdClient).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsPublic: true } && IsRequest(t))
            .Where(t => KindOf(t) == JdOperationKind.Write)
            .Select(t => t.Name)
            .Order()
            .ToList();

        Assert.NotEmpty(writeTypes);
        var missing = writeTypes.Except(Writes.Keys).ToList();
        Assert.True(missing.Count == 0, $"write request types without an entry in {nameof(Writes)}: {string.Join(", ", missing)}");
        Assert.Equal(writeTypes, Writes.Keys.Where(k => k != RawWrite).Order());
    }

    [Theory]
    [MemberData(nameof(WriteNames))]
    public async Task A_connection_dropped_after_processing_sends_the_write_once(string write)
    {
        await using var fixture = ResilientFixture.Start();
        fixture.Gateway.Faults.Enqueue(FakeFault.DropConnection(afterProcessing: true));
        var call = Writes[write](fixture.Client, fixture.Gateway.Data);

        await fixture.RunAsync(call);

        var error = await Assert.ThrowsAsync<JdTransportException>(() => call);
        Assert.IsNotType<JdTimeoutException>(error);
        Assert.NotEqual(JdDeliveryState.NotSent, error.Delivery);
        var sent = Assert.Single(fixture.Gateway.Journal.Records);
        Assert.True(sent.FaultApplied);
        Assert.Equal(1, fixture.Handler.Sent);
    }

    [Theory]
    [MemberData(nameof(WriteNames))]
    public async Task An_attempt_timeout_sends_the_write_once(string write)
    {
        await using var fixture = ResilientFixture.Start();
        fixture.Gateway.Faults.Enqueue(FakeFault.Delayed(ResilientFixture.HeldFor));
        var (call, _) = await fixture.RunPastAttemptTimeoutAsync(() => Writes[write](fixture.Client, fixture.Gateway.Data));

        var error = await Assert.ThrowsAsync<JdTimeoutException>(() => call);
        Assert.Equal(ResilientFixture.AttemptTimeout, error.Timeout);
        Assert.Single(fixture.Gateway.Journal.Records);
        Assert.Equal(1, fixture.Handler.Sent);
    }

    private static bool IsRequest(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(JdRequest<>))
            {
                return true;
            }
        }

        return false;
    }

    private static JdOperationKind KindOf(Type type)
    {
        // Request types declare their kind as a constant; an uninitialized instance is enough to read it.
        var instance = RuntimeHelpers.GetUninitializedObject(type);
        return (JdOperationKind)type.GetProperty(nameof(JdRequest<object>.OperationKind))!.GetValue(instance)!;
    }

    private static FakeServiceOrder Service(FakeShopData data, int status) => data.ServiceOrders.First(s => s.ServiceStatus == status);
}
