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

    /// <summary>
    /// Registers a keyed singleton <see cref="JdClient"/> under <paramref name="name"/>, for a service that works for
    /// several JD apps: its options bind from <paramref name="section"/> itself (not a child of it) and are validated at
    /// start-up; it sends with its own named HTTP client (<c>JdAfterSales:</c> + name) and takes the
    /// <see cref="IJdAccessTokenProvider"/> and <see cref="IJdRateLimiter"/> registered under the same key, if any
    /// (never the unkeyed ones: another app's tokens are not valid for this one). Resolve it with
    /// <c>[FromKeyedServices("name")] JdClient</c> or <c>GetRequiredKeyedService&lt;JdClient&gt;("name")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's key, such as <c>"brand-b"</c>.</param>
    /// <param name="section">The configuration section that holds this client's options, such as <c>JdAfterSales:BrandB</c>.</param>
    /// <returns>The builder of the client's named HTTP client, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddJdAfterSales(this IServiceCollection services, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(section);
        services.AddOptions<JdClientOptions>(name).Bind(section);
        return AddKeyed(services, name);
    }

    /// <summary>
    /// Registers a keyed singleton <see cref="JdClient"/> under <paramref name="name"/>, configured in code and
    /// validated at start-up; see <see cref="AddJdAfterSales(IServiceCollection, string, IConfiguration)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's key, such as <c>"brand-b"</c>.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder of the client's named HTTP client, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddJdAfterSales(this IServiceCollection services, string name, Action<JdClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<JdClientOptions>(name).Configure(configure);
        return AddKeyed(services, name);
    }

    private static IHttpClientBuilder AddKeyed(IServiceCollection services, string name)
    {
        var httpClientName = HttpClientName + ":" + name;
        var builder = AddShared(services, name, httpClientName);
        services.TryAddKeyedSingleton(name, (provider, _) =>
        {
            var options = provider.GetRequiredService<IOptionsMonitor<JdClientOptions>>().Get(name);
            return Create(
                provider,
                httpClientName,
                options,
                provider.GetKeyedService<IJdAccessTokenProvider>(name),
                options.RateLimit is { Enabled: true } ? provider.GetKeyedService<IJdRateLimiter>(name) : null);
        });
        return builder;
    }

    /// <summary>What every registration needs: validation at start-up of its options, the clock, its named HTTP client.</summary>
    private static IHttpClientBuilder AddShared(IServiceCollection services, string optionsName, string httpClientName)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<JdClientOptions>, JdClientOptionsValidator>());
        services.AddOptions<JdClientOptions>(optionsName).ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // The client's own deadline and attempt timeout govern; HttpClient's 100-second default would cut across them.
        return services.AddHttpClient(httpClientName, static client => client.Timeout = Timeout.InfiniteTimeSpan);
    }

    private static JdClient Create(IServiceProvider provider, string httpClientName, JdClientOptions options, IJdAccessTokenProvider? tokens, IJdRateLimiter? rateLimiter)
    {
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        // A singleton asks the factory for a client on every attempt, so handler rotation (DNS changes) keeps working.
        return new JdClient(
            () => factory.CreateClient(httpClientName),
            options,
            tokens,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>(),
            random: null,
            rateLimiter);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        var builder = AddShared(services, Microsoft.Extensions.Options.Options.DefaultName, HttpClientName);
        services.TryAddSingleton(static provider =>
        {
            var options = provider.GetRequiredService<IOptions<JdClientOptions>>().Value;

            // RateLimit.Enabled stays the one switch: a registered IJdRateLimiter (such as the Redis one) decides
            // where the buckets live, not whether there are any.
            return Create(
                provider,
                HttpClientName,
                options,
                provider.GetService<IJdAccessTokenProvider>(),
                options.RateLimit is { Enabled: true } ? provider.GetService<IJdRateLimiter>() : null);
        });
        return builder;
    }
}
