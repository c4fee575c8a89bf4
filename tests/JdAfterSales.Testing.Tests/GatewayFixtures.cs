using JdAfterSales.Testing;
using Microsoft.Extensions.Time.Testing;

namespace JdAfterSales.Testing.Tests;

/// <summary>Gateways with a pinned clock, so every run sees the same data set.</summary>
internal static class GatewayFixtures
{
    public static readonly DateTimeOffset Anchor = new(2024, 5, 20, 13, 45, 0, TimeSpan.FromHours(8));

    public static (FakeJdGateway Gateway, FakeTimeProvider Clock) Start(int? seed = null, int orderCount = 300)
    {
        var clock = new FakeTimeProvider(Anchor);
        var options = new FakeJdGatewayOptions { TimeProvider = clock, OrderCount = orderCount };
        if (seed is { } s)
        {
            options.Seed = s;
        }

        return (FakeJdGateway.Start(options), clock);
    }
}
