using JdAfterSales;
using JdAfterSales.Auth;
using JdAfterSales.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers <see cref="JdClient"/> with <c>IHttpClientFactory</c>. The client takes an
/// <see cref="IJdAccessTokenProvider"/> and, when <see cref="JdRateLimitOptions.Enabled"/> is set, an
/// <see cref="IJdRateLimiter"/> from the container when one is registered.
/// </summary>
public static class JdAfterSalesServiceCollectionExtensions
{
    /// <summary>The name of the HTTP client the JD client sends with.</summary>
    public const string HttpClientName = "JdAfterSales";

    /// <summary>
    /// Registers a singleton <see cref="JdClient"/> whose options bind from the <c>JdAfterSales</c> section of
    /// <paramref name="configuration"/> and are validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration that holds a <c>JdAfterSales</c> section (usually the root).</param>
    /// <returns>The builder of the named HTTP client, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddJdAfterSales(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<JdClientOptions>().Bind(configuration.GetSection(JdClientOptions.SectionName));
        return AddCore(services);
    }

    /// <summary>Registers a singleton <see cref="JdClient"/> configured in code, validated at start-up.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the named HTTP client, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddJdAfterSales(this IServiceCollection services, Action<JdClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<JdClientOptions>().Configure(configure);
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JdClientOptions>, JdClientOptionsValidator>());
        services.AddOptions<JdClientOptions>().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // The client's own deadline and attempt timeout govern; HttpClient's 100-second default would cut across them.
        var builder = services.AddHttpClient(HttpClientName, static client => client.Timeout = Timeout.InfiniteTimeSpan);

        // A singleton asks the factory for a client on every attempt, so handler rotation (DNS changes) keeps working.
        services.TryAddSingleton(static provider =>
        {
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            var options = provider.GetRequiredService<IOptions<JdClientOptions>>().Value;

            // RateLimit.Enabled stays the one switch: a registered IJdRateLimiter (such as the Redis one) decides
            // where the buckets live, not whether there are any.
            return new JdClient(
                () => factory.CreateClient(HttpClientName),
                options,
                provider.GetService<IJdAccessTokenProvider>(),
                provider.GetService<TimeProvider>(),
                provider.GetService<ILoggerFactory>(),
                random: null,
                options.RateLimit is { Enabled: true } ? provider.GetService<IJdRateLimiter>() : null);
        });
        return builder;
    }
}
