// <snippet FakeGatewayConfiguration>
using JdAfterSales;
using JdAfterSales.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

// <snippet FakeGatewayConfiguration>
public sealed class RegistrationTests
{
    [Fact]
    public async Task The_registered_client_talks_to_the_fake()
    {
        await using var gateway = FakeJdGateway.Start();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(gateway.ClientSettings.ToConfiguration()).Build();
        var services = new ServiceCollection();
        services.AddJdAfterSales(configuration);                  // binds the "JdAfterSales" section
        await using var provider = services.BuildServiceProvider();

        var count = await provider.GetRequiredService<JdClient>().Refunds.CountPendingAsync();

        Assert.Equal(gateway.Data.RefundApplications.Count(r => r.State == FakeRefundStatus.Pending), count);
    }
}
// </snippet>
