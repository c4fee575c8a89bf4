// <snippet SeveralInstances>
using JdAfterSales.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
// </snippet>

namespace JdAfterSales.Snippets.Tests.Snippets;

/// <summary>README and the Redis package's README: several instances coordinated through Redis (compiled only).</summary>
internal static class SeveralInstances
{
    public static IHost Build(string[] args, JdOAuthOptions oauthOptions)
    {
        // <snippet SeveralInstances>
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddJdAfterSales(builder.Configuration)             // "RateLimit": { "Enabled": true, … } to share the limit
            .AddJdAfterSalesRedis("redis:6379,password=…", o => o.KeyPrefix = "myapp:jd:");

        // IJdTokenStore is now the Redis store: the token provider refreshes under its per-shop lease.
        builder.Services.AddSingleton<IJdAccessTokenProvider>(services => new JdOAuthTokenProvider(
            new JdOAuthClient(new HttpClient(), oauthOptions), services.GetRequiredService<IJdTokenStore>()));
        // </snippet>

        return builder.Build();
    }
}
