using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;

namespace JdAfterSales.Diagnostics;

/// <summary>
/// The names under which the client reports traces and metrics, so OpenTelemetry picks them up with
/// <c>AddSource(JdTelemetry.SourceName)</c> and <c>AddMeter(JdTelemetry.MeterName)</c> and no adapter.
/// </summary>
public static class JdTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> name: one span per call.</summary>
    public const string SourceName = "JdAfterSales";

    /// <summary>The <see cref="Meter"/> name.</summary>
    public const string MeterName = "JdAfterSales";

    /// <summary>Counter: calls made, tagged <c>jd.method</c> and <c>jd.outcome</c> (success or error).</summary>
    public const string CallsInstrument = "jd.client.calls";

    /// <summary>Counter: failed calls, tagged <c>jd.method</c>, <c>jd.error.layer</c> and <c>jd.error.code</c>.</summary>
    public const string ErrorsInstrument = "jd.client.errors";

    /// <summary>Counter: retries scheduled, tagged <c>jd.method</c> and <c>jd.error.code</c>.</summary>
    public const string RetriesInstrument = "jd.client.retries";

    /// <summary>Counter: access-token refreshes, tagged <c>jd.outcome</c> (success, error, or superseded: refused, but another instance sharing the store had refreshed).</summary>
    public const string TokenRefreshesInstrument = "jd.client.token.refreshes";

    /// <summary>Histogram: call duration in seconds, every attempt and wait included, tagged <c>jd.method</c> and <c>jd.outcome</c>.</summary>
    public const string DurationInstrument = "jd.client.call.duration";

    internal static readonly ActivitySource Source = new(SourceName, typeof(JdTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Meter Meter = new(MeterName, typeof(JdTelemetry).Assembly.GetName().Version?.ToString());

    internal static readonly Counter<long> Calls = Meter.CreateCounter<long>(CallsInstrument, "{call}", "JD calls made");

    internal static readonly Counter<long> Errors = Meter.CreateCounter<long>(ErrorsInstrument, "{call}", "JD calls that failed");

    internal static readonly Counter<long> Retries = Meter.CreateCounter<long>(RetriesInstrument, "{retry}", "JD call attempts retried");

    internal static readonly Counter<long> TokenRefreshes = Meter.CreateCounter<long>(TokenRefreshesInstrument, "{refresh}", "Access-token refreshes");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(DurationInstrument, "s", "JD call duration, retries included");

    /// <summary>
    /// A stable, non-reversible tag for a shop: the first 12 hex characters of SHA-256 of its id, so traces can be
    /// grouped by shop without carrying the shop's identity.
    /// </summary>
    /// <param name="shopId">The shop id, or <c>null</c> for the default shop.</param>
    /// <returns>The hash, or <c>default</c> for the default shop.</returns>
    public static string ShopHash(string? shopId)
    {
        if (string.IsNullOrEmpty(shopId))
        {
            return "default";
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(shopId), hash);
        return Convert.ToHexString(hash[..6]).ToLowerInvariant();
    }
}
