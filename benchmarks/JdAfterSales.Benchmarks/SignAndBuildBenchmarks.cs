using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using JdAfterSales.Gateway;

namespace JdAfterSales.Benchmarks;

/// <summary>
/// Signing and building the form body of one attempt. Two categories, each with its own baseline, so both ratios are
/// read from the same run: against the old SDKs' naive code, and against bare MD5 over the same string-to-sign.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SignAndBuildBenchmarks
{
    private RouterJsonTransport _transport = null!;
    private string _businessJson = null!;
    private byte[] _businessJsonUtf8 = null!;
    private byte[] _stringToSign = null!;
    private readonly byte[] _hash = new byte[16];

    /// <summary>The business JSON: the vector's typical request, or the same with 2 KB of Chinese text in a field.</summary>
    [Params("typical", "2KB-chinese")]
    public string Payload { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        _businessJson = Payload == "typical" ? Fixtures.TypicalBusinessJson : Fixtures.LongChineseBusinessJson();
        _businessJsonUtf8 = Encoding.UTF8.GetBytes(_businessJson);
        var options = new JdClientOptions { AppKey = Fixtures.AppKey, AppSecret = Fixtures.AppSecret, AccessToken = Fixtures.AccessToken };
        var clock = new FixedTimeProvider(Fixtures.Timestamp);
        _transport = new RouterJsonTransport(() => throw new InvalidOperationException("no HTTP here"), options, clock, new Diagnostics.JdRedactor([Fixtures.AppSecret]));

        var parameters = new Dictionary<string, string?>
        {
            ["app_key"] = Fixtures.AppKey,
            ["access_token"] = Fixtures.AccessToken,
            ["v"] = "2.0",
            ["method"] = Fixtures.ListMethod,
            ["timestamp"] = "2024-05-20 13:45:30.000+0800",
            ["360buy_param_json"] = _businessJson,
        };
        _stringToSign = Encoding.UTF8.GetBytes(JdSigner.BuildStringToSign(parameters, Fixtures.AppSecret));
        var expected = Payload == "typical" ? Fixtures.TypicalSign : JdSigner.ComputeSign(parameters, Fixtures.AppSecret);

        using var ours = _transport.BuildBody(Fixtures.ListMethod, _businessJsonUtf8, Fixtures.AccessToken);
        var oursForm = FormBody.Decode(ours.Span);
        Check.Equal(expected, oursForm["sign"], "library sign");
        var naiveForm = FormBody.Decode(NaiveRouterJsonSigner.BuildBody(Fixtures.ListMethod, _businessJson, Fixtures.AppKey, Fixtures.AppSecret, Fixtures.AccessToken, Fixtures.Timestamp));
        Check.Equal(expected, naiveForm["sign"], "naive sign");
        Check.True(oursForm.Count == naiveForm.Count && oursForm.All(p => naiveForm.TryGetValue(p.Key, out var v) && v == p.Value), "the naive body carries other parameters than the library's");
        Check.Equal(_businessJson, oursForm["360buy_param_json"], "360buy_param_json as sent");
        MD5Floor();
        Check.Equal(expected, Convert.ToHexString(_hash), "MD5 floor sign");
    }

    [Benchmark(Baseline = true, Description = "naive (old SDKs)")]
    [BenchmarkCategory("vs-naive")]
    public int Naive() =>
        NaiveRouterJsonSigner.BuildBody(Fixtures.ListMethod, _businessJson, Fixtures.AppKey, Fixtures.AppSecret, Fixtures.AccessToken, Fixtures.Timestamp).Length;

    [Benchmark(Description = "library")]
    [BenchmarkCategory("vs-naive")]
    public int LibraryVsNaive() => Library();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "JD's protocol signs with MD5; this is its floor.")]
    [Benchmark(Baseline = true, Description = "MD5.HashData floor")]
    [BenchmarkCategory("vs-floor")]
    public int MD5Floor() => MD5.HashData(_stringToSign, _hash);

    [Benchmark(Description = "library")]
    [BenchmarkCategory("vs-floor")]
    public int LibraryVsFloor() => Library();

    private int Library()
    {
        using var body = _transport.BuildBody(Fixtures.ListMethod, _businessJsonUtf8, Fixtures.AccessToken);
        return body.Length;
    }
}

/// <summary>Decodes a form body as a server does (<c>+</c> is a space, <c>%XX</c> a UTF-8 byte).</summary>
internal static class FormBody
{
    public static Dictionary<string, string> Decode(ReadOnlySpan<byte> body)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Encoding.UTF8.GetString(body).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(pair[..separator].Replace('+', ' '));
            var value = Uri.UnescapeDataString(pair[(separator + 1)..].Replace('+', ' '));
            Check.True(result.TryAdd(name, value), $"parameter {name} sent twice");
        }

        return result;
    }
}
