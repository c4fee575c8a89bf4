using JdAfterSales;
using JdAfterSales.Auth;
using JdAfterSales.Automation;
using JdAfterSales.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Redis coordination to the <see cref="JdClient"/> that <c>AddJdAfterSales</c> registered.</summary>
public static class JdAfterSalesRedisServiceCollectionExtensions
{
    /// <summary>
    /// Registers, on one Redis: <see cref="JdRedisTokenStore"/> as <see cref="IJdTokenStore"/> (give it to your
    /// <see cref="JdOAuthTokenProvider"/>), <see cref="JdRedisRateLimiter"/> as <see cref="IJdRateLimiter"/> (the
    /// client uses it while <c>RateLimit.Enabled</c>, with those limits and the app key) and
    /// <see cref="JdRedisWorkItemLeases"/> as <see cref="IJdWorkItemLeases"/>.
    /// </summary>
    /// <param name="builder">What <c>AddJdAfterSales</c> returned.</param>
    /// <param name="configuration">A StackExchange.Redis configuration string such as <c>redis:6379,password=…</c>. The connection opens on first use and keeps retrying in the background when Redis is down.</param>
    /// <param name="configure">Sets the key prefix (include the app when apps share a Redis) and other options; <c>null</c> for the defaults.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="JdValidationException">The configuration string or an option is malformed.</exception>
    public static IHttpClientBuilder AddJdAfterSalesRedis(this IHttpClientBuilder builder, string configuration, Action<JdRedisOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrWhiteSpace(configuration))
        {
            throw new JdValidationException(nameof(configuration), "is required: a StackExchange.Redis configuration string such as localhost:6379.");
        }

        ConfigurationOptions parsed;
        try
        {
            parsed = ConfigurationOptions.Parse(configuration);
        }
        catch (ArgumentException ex)
        {
            // The message of the parser could quote the string, which may hold a password.
            throw new JdValidationException(nameof(configuration), $"is not a StackExchange.Redis configuration string ({ex.GetType().Name}).");
        }

        parsed.AbortOnConnectFail = false;
        return AddCore(builder, new JdRedisConnection(parsed), configure);
    }

    /// <summary>As <see cref="AddJdAfterSalesRedis(IHttpClientBuilder, string, Action{JdRedisOptions}?)"/>, on a connection the app opened (and disposes).</summary>
    /// <param name="builder">What <c>AddJdAfterSales</c> returned.</param>
    /// <param name="connection">The connection.</param>
    /// <param name="configure">Sets the key prefix (include the app when apps share a Redis) and other options; <c>null</c> for the defaults.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="JdValidationException">An option is malformed.</exception>
    public static IHttpClientBuilder AddJdAfterSalesRedis(this IHttpClientBuilder builder, IConnectionMultiplexer connection, Action<JdRedisOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        return AddCore(builder, new JdRedisConnection(connection), configure);
    }

    private static IHttpClientBuilder AddCore(IHttpClientBuilder builder, JdRedisConnection connection, Action<JdRedisOptions>? configure)
    {
        var options = new JdRedisOptions();
        configure?.Invoke(options);
        options = options.Validated();

        var services = builder.Services;
        services.AddSingleton(connection);
        services.AddSingleton(static provider => new JdRedisTokenStore(provider.GetRequiredService<JdRedisConnection>().Multiplexer, provider.GetRequiredService<JdRedisOptions>()));
        services.AddSingleton(options);
        services.AddSingleton<IJdTokenStore>(static provider => provider.GetRequiredService<JdRedisTokenStore>());
        services.AddSingleton(static provider =>
        {
            var client = provider.GetRequiredService<IOptions<JdClientOptions>>().Value;
            return new JdRedisRateLimiter(
                provider.GetRequiredService<JdRedisConnection>().Multiplexer,
                client.AppKey,
                client.RateLimit,
                provider.GetRequiredService<JdRedisOptions>(),
                provider.GetService<TimeProvider>(),
                provider.GetService<ILoggerFactory>());
        });
        services.AddSingleton<IJdRateLimiter>(static provider => provider.GetRequiredService<JdRedisRateLimiter>());
        services.AddSingleton(static provider => new JdRedisWorkItemLeases(
            provider.GetRequiredService<JdRedisConnection>().Multiplexer,
            provider.GetRequiredService<JdRedisOptions>(),
            provider.GetService<TimeProvider>()));
        services.AddSingleton<IJdWorkItemLeases>(static provider => provider.GetRequiredService<JdRedisWorkItemLeases>());
        return builder;
    }
}
