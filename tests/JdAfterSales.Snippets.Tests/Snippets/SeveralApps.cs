// <snippet SeveralApps>
using JdAfterSales;
using JdAfterSales.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

/// <summary>README: several JD apps in one service; <see cref="SnippetRunTests"/> builds the host and resolves both.</summary>
internal static class SeveralApps
{
    public static IHost Build(string[] args)
    {
        // <snippet SeveralApps>
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddJdAfterSales("brand-a", builder.Configuration.GetSection("JdAfterSales:BrandA"));
        builder.Services.AddJdAfterSales("brand-b", builder.Configuration.GetSection("JdAfterSales:BrandB"));

        // A keyed client takes the token provider and rate limiter registered under its own key, never another app's.
        builder.Services.AddKeyedSingleton<IJdAccessTokenProvider>("brand-b", (services, _) => new JdFixedAccessTokenProvider(
            builder.Configuration["JdAfterSales:BrandB:AccessToken"]));
        builder.Services.AddSingleton<BrandDesks>();
        // </snippet>

        return builder.Build();
    }
}

// <snippet SeveralApps>
public sealed class BrandDesks([FromKeyedServices("brand-a")] JdClient brandA, [FromKeyedServices("brand-b")] JdClient brandB)
{
    public IReadOnlyList<JdClient> All { get; } = [brandA, brandB];
}
// </snippet>
