using JdAfterSales.AfterSales;
using JdAfterSales.Testing;

namespace JdAfterSales.Samples.Worker;

/// <summary>
/// The shop the worker runs against when no JD credentials are given: the fake gateway on loopback with a seeded
/// shop anchored now (pending audits near their deadline, returns in transit), a few of whose returns are signed for.
/// </summary>
public static class DemoShop
{
    /// <summary>The seed of the demo shop (the desk sample's).</summary>
    public const int Seed = 20240520;

    /// <summary>The JD Logistics merchant code the fake accepts.</summary>
    public const string LogisticsCustomerCode = "010K0000001";

    /// <summary>The demo shop's return address, sent with approvals.</summary>
    public static readonly AscContactAddress ReturnAddress = new()
    {
        ContactName = "售后仓", ContactTel = "010-12345678", Zipcode = "100176",
        Province = 1, City = 72, County = 2819, DetailAddress = "北京市大兴区亦庄经济开发区售后仓 1 号门",
    };

    /// <summary>Starts the fake gateway and has the couriers sign for a few returns, so there is work.</summary>
    /// <param name="now">The time the data set is anchored at.</param>
    /// <returns>The running gateway; dispose it to stop it.</returns>
    public static FakeJdGateway Start(DateTimeOffset now)
    {
        var gateway = FakeJdGateway.Start(new FakeJdGatewayOptions { Seed = Seed, DataAnchor = now });
        foreach (var service in gateway.Data.ServiceOrders.Where(s => s.ServiceStatus == 10005 && s.ExpressCode is not null && !s.IsReturnSignedFor).Take(4).ToList())
        {
            gateway.SignForReturn(service.ServiceId);
        }

        return gateway;
    }
}
