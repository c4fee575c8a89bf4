// <snippet QuickStart>
using JdAfterSales;
using JdAfterSales.AfterSales;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

/// <summary>README: Quick start (compiled only: it needs a real shop's credentials).</summary>
internal static class QuickStart
{
    public static async Task RunAsync()
    {
        // <snippet QuickStart>
        var client = new JdClient(new HttpClient(), new JdClientOptions
        {
            AppKey = "your-app-key", AppSecret = "your-32-character-app-secret-xxx", AccessToken = "shop-access-token",
            VenderId = "10001234",                              // the shop: buId of every after-sales call
            OperatorPin = "kefu01", OperatorNick = "客服小李",   // who answers, as JD records it
        });

        await foreach (var service in client.AfterSales.ListAllServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit }))
        {
            Console.WriteLine($"{service.ServiceId} {service.CustomerExpectation.ChineseName} {service.WareName} applied {service.ApplyTime:MM-dd HH:mm}");
        }
        // </snippet>
    }
}
