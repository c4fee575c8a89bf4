// <snippet ProcessReceived>
using JdAfterSales;
using JdAfterSales.AfterSales;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

/// <summary>README: processing received goods by what the customer asked for; <see cref="SnippetRunTests"/> runs it on a fake shop.</summary>
internal static class ProcessReceived
{
    public static async Task<int> RunAsync(JdClient client)
    {
        var withoutAddress = 0;
        // <snippet ProcessReceived>
        // Goods came back: close returns (the refund follows), send exchanges a new item from JD's warehouse, and
        // send repaired items back. The list items carry no sysVersion, so each service order is read first, and the
        // carrier needs the customer's whole number, which the service order only shows masked.
        await foreach (var item in client.AfterSales.ListAllAwaitingProcessingAsync(new ListAwaitingProcessingRequest()))
        {
            var bill = await client.AfterSales.GetServiceAsync(new GetServiceRequest { ServiceId = item.ServiceId, OrderId = item.OrderId!.Value });
            var phone = await client.AfterSales.GetCustomerPhoneAsync(new GetCustomerPhoneRequest { ServiceId = item.ServiceId });
            if (ConsigneeAddress.FromCustomerOf(bill, phone) is not { } customer)
            {
                withoutAddress++;   // JD's answers lack the customer's address or number: handle it by hand
                continue;
            }

            try
            {
                if (item.CustomerExpectation == CustomerExpectation.Exchange)
                {
                    await client.AfterSales.ShipReplacementAsync(new ShipReplacementRequest
                    {
                        ServiceId = bill.ServiceId, OrderId = item.OrderId.Value, SysVersion = bill.SysVersion,
                        Consignee = customer with { VillageCode = customer.VillageCode ?? 0 }, ApplyDescription = "质量问题，换新",
                        DeliveryCenterId = 6, DeliveryCenterName = "北京亚洲一号", StoreId = 5, CollectFreight = false,
                    });
                }
                else if (item.CustomerExpectation == CustomerExpectation.Repair)
                {
                    await client.AfterSales.ShipOriginalBackAsync(new ShipOriginalBackRequest
                    {
                        ServiceId = bill.ServiceId, OrderId = item.OrderId.Value, SysVersion = bill.SysVersion,
                        Consignee = customer, ShipWayId = 10, ShipWayName = "京东快递", ApplyRemark = "已维修，原物寄回",
                    });
                }
                else
                {
                    await client.AfterSales.CloseServiceAsync(new CloseServiceRequest
                    {
                        ServiceId = bill.ServiceId, OrderId = item.OrderId.Value, SysVersion = bill.SysVersion,
                    });
                }
            }
            catch (JdConcurrencyException)
            {
                // Changed since it was read: the next walk sees it again.
            }
        }
        // </snippet>
        return withoutAddress;
    }
}
