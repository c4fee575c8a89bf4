// <snippet ApprovePending>
using JdAfterSales;
using JdAfterSales.AfterSales;
using JdAfterSales.Refunds;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

/// <summary>README: approving while walking a pending list; <see cref="SnippetRunTests"/> runs it on a fake shop.</summary>
internal static class ApprovePending
{
    public static async Task RunAsync(JdClient client, AscContactAddress returnAddress, int approveReason)
    {
        // <snippet ApprovePending>
        // Every pending service order, across all pages, each once. Approving one takes it off the pending list, and
        // the walk allows for that: approving while walking leaves none behind.
        await foreach (var service in client.AfterSales.ListAllServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit }))
        {
            var bill = await client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = service.ServiceId, OrderId = service.OrderId!.Value });
            try
            {
                await client.AfterSales.ApproveForReturnShippingAsync(new ApproveForReturnShippingRequest
                {
                    ServiceId = bill.ServiceId, OrderId = service.OrderId.Value,
                    SysVersion = bill.SysVersion,                 // the version you read: JD refuses a stale one
                    ApproveNotes = "同意退货，请寄回", ApproveReasonCid1 = approveReason,
                    ReturnAddress = returnAddress, ReturnAddressType = 1,
                    ApplyDetailIds = bill.Details.Select(d => d.ServiceDetailId).ToArray(),
                });
            }
            catch (JdConcurrencyException)
            {
                // Someone changed the service order since it was read: read it again and decide again.
            }
        }

        // Refund applications: a long range is split into windows JD can serve (page 100 × 50 per filter).
        var now = TimeProvider.System.GetLocalNow();
        await foreach (var refund in client.Refunds.ListAllAsync(new ListRefundsRequest
        {
            Status = RefundStatus.Pending, ApplyTimeStart = now.AddDays(-30), ApplyTimeEnd = now,
        }))
        {
            try
            {
                await client.Refunds.ReplyAsync(ReplyRefundRequest.Approve(refund.Id, "同意退款"));
            }
            catch (JdBusinessException e) when (e.Kind == JdBusinessErrorKind.AlreadyProcessed)
            {
                // Audited meanwhile (by a colleague, or by JD's own rules): nothing left to do.
            }
        }
        // </snippet>
    }
}
