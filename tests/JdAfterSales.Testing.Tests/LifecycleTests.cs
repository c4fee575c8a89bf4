using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using JdAfterSales.Testing;

namespace JdAfterSales.Testing.Tests;

[Collection(RunsAlone.Name)]
public sealed class LifecycleTests
{
    [Fact]
    public async Task Starting_and_stopping_100_times_leaks_no_port_and_no_thread()
    {
        var options = new FakeJdGatewayOptions { OrderCount = 5 };
        using var http = new HttpClient();

        // Warm up once so lazily created runtime threads are not counted as leaks.
        using (var warm = FakeJdGateway.Start(options))
        {
            await http.GetAsync(warm.RouterJsonUri);
        }

        var threadsBefore = Process.GetCurrentProcess().Threads.Count;
        var ports = new List<int>();
        for (var i = 0; i < 100; i++)
        {
            var gateway = FakeJdGateway.Start(options);
            ports.Add(gateway.BaseUri.Port);
            Assert.Equal("127.0.0.1", gateway.BaseUri.Host);
            if (i % 10 == 0)
            {
                using var response = await http.GetAsync(gateway.RouterJsonUri);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            await gateway.DisposeAsync();
        }

        foreach (var port in ports.Distinct())
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }

        var threadsAfter = Process.GetCurrentProcess().Threads.Count;
        Assert.True(threadsAfter <= threadsBefore + 10, $"threads before {threadsBefore}, after {threadsAfter}");
    }
}
