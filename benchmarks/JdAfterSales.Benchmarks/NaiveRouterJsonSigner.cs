using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JdAfterSales.Benchmarks;

/// <summary>
/// Signs and builds the form body the way JD's old SDKs do: a culture-sensitive <see cref="SortedDictionary{TKey,TValue}"/>,
/// strings concatenated name + value, <see cref="MD5.Create()"/> per call, hex through <see cref="StringBuilder"/> and
/// <c>ToString("X2")</c>, and <see cref="Uri.EscapeDataString(string)"/> per value joined with <c>&amp;</c>.
/// The baseline the library is compared with; it must produce the same sign.
/// </summary>
internal static class NaiveRouterJsonSigner
{
    [SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "JD's protocol is MD5; this is the old SDKs' code, measured.")]
    [SuppressMessage("Performance", "CA1850:Prefer static HashData method", Justification = "MD5.Create() per call is what the old SDKs do; it is the point of the baseline.")]
    [SuppressMessage("Globalization", "CA1305:Specify IFormatProvider", Justification = "Culture-sensitive code is what the old SDKs do.")]
    [SuppressMessage("Globalization", "CA1307:Specify StringComparison for clarity", Justification = "Culture-sensitive code is what the old SDKs do.")]
    [SuppressMessage("Globalization", "CA1309:Use ordinal string comparison", Justification = "Culture-sensitive code is what the old SDKs do.")]
    public static byte[] BuildBody(string method, string businessJson, string appKey, string appSecret, string accessToken, DateTimeOffset now)
    {
        var timestamp = now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) + "+0800";
        var parameters = new SortedDictionary<string, string>
        {
            ["app_key"] = appKey,
            ["access_token"] = accessToken,
            ["v"] = "2.0",
            ["method"] = method,
            ["timestamp"] = timestamp,
            ["360buy_param_json"] = businessJson,
        };

        var concatenated = string.Empty;
        foreach (var pair in parameters)
        {
            if (!string.IsNullOrEmpty(pair.Value))
            {
                concatenated += pair.Key + pair.Value;
            }
        }

        using var md5 = MD5.Create();
        var hash = md5.ComputeHash(Encoding.UTF8.GetBytes(appSecret + concatenated + appSecret));
        var hex = new StringBuilder();
        foreach (var b in hash)
        {
            hex.Append(b.ToString("X2"));
        }

        var body = string.Join("&", parameters.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value))) + "&sign=" + hex;
        return Encoding.UTF8.GetBytes(body);
    }
}
