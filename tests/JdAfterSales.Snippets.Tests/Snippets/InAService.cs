// <snippet InAService>
using JdAfterSales;
using JdAfterSales.AfterSales;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

/// <summary>README: dependency injection; <see cref="SnippetRunTests"/> builds the host and resolves the client.</summary>
internal static class InAService
{
    public static IHost Build(string[] args)
    {
        // <snippet InAService>
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddJdAfterSales(builder.Configuration);   // binds "JdAfterSales"; bad options stop the start
        builder.Services.AddSingleton<PendingWork>();
        // </snippet>

        return builder.Build();
    }
}

// <snippet InAService>
// JdClient is a thread-safe singleton over IHttpClientFactory: inject it anywhere.
public sealed class PendingWork(JdClient client)
{
    public async Task<long> CountAsync(CancellationToken cancellationToken) =>
        (await client.AfterSales.ListServicesAsync(new ListServicesRequest { Status = ServiceStatus.PendingAudit, PageSize = 1 }, cancellationToken)).TotalCount;
}
// </snippet>
