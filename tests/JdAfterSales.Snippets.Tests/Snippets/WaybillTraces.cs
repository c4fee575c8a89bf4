// <snippet WaybillTraces>
using JdAfterSales;
using JdAfterSales.AfterSales;
using JdAfterSales.Logistics;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

/// <summary>README: logistics traces; <see cref="SnippetRunTests"/> runs it on a fake shop.</summary>
internal static class WaybillTraces
{
    public static async Task<int> RunAsync(JdClient client, string logisticsCustomerCode)
    {
        var signedFor = 0;

        // <snippet WaybillTraces>
        await foreach (var service in client.AfterSales.ListAllAwaitingReceiptAsync(new ListAwaitingReceiptRequest()))
        {
            if (service.ExpressCode is null)
            {
                continue;                                      // the customer has not shipped yet
            }

            var trace = await client.Logistics.GetWaybillTraceAsync(new GetWaybillTraceRequest
            {
                WaybillCode = service.ExpressCode, CustomerCode = logisticsCustomerCode,
            });
            if (trace.IsSignedFor)
            {
                Console.WriteLine($"{service.ServiceId}: signed for at {trace.SignedForAt:yyyy-MM-dd HH:mm}");
                signedFor++;
            }
        }
        // </snippet>

        return signedFor;
    }
}
