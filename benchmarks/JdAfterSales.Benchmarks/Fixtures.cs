using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JdAfterSales.Benchmarks;

/// <summary>The independent signing vector and the response fixtures of tests/vectors, grown to benchmark sizes.</summary>
internal static class Fixtures
{
    public const string ListMethod = "jingdong.asc.query.list";
    public const string OrderSearchMethod = "jingdong.pop.order.search";

    /// <summary>The typical request: tests/vectors/signing.json's <c>asc-query-list-md5</c>, computed independently of this project.</summary>
    private static readonly JsonElement TypicalVector = LoadSigningVector("asc-query-list-md5");

    public static string AppKey { get; } = Parameter("app_key");

    public static string AppSecret { get; } = TypicalVector.GetProperty("appSecret").GetString()!;

    public static string AccessToken { get; } = Parameter("access_token");

    /// <summary>The vector's sign, which every implementation measured here must reproduce.</summary>
    public static string TypicalSign { get; } = TypicalVector.GetProperty("sign").GetString()!;

    public static string TypicalBusinessJson { get; } = Parameter("360buy_param_json");

    /// <summary>2024-05-20 13:45:30.000+0800, the vector's timestamp.</summary>
    public static readonly DateTimeOffset Timestamp = new(2024, 5, 20, 5, 45, 30, TimeSpan.Zero);

    private static readonly JsonSerializerOptions RawUtf8 = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The typical request with about 2 KB (UTF-8) of Chinese text in <c>approveNotes</c>.</summary>
    public static string LongChineseBusinessJson()
    {
        const string Phrase = "商品外壳有明显划痕，包装破损，缺少配件，客户要求退货并退款；";
        var notes = new StringBuilder();
        while (Encoding.UTF8.GetByteCount(notes.ToString()) < 2048)
        {
            notes.Append(Phrase);
        }

        return "{\"approveNotes\":\"" + notes + "\",\"buId\":\"10001234\",\"operateNick\":\"张三\",\"operatePin\":\"zhangsan\",\"pageNumber\":1,\"pageSize\":10}";
    }

    /// <summary>A <c>jingdong.asc.query.list</c> answer with <paramref name="count"/> service orders, varied from the fixture's two.</summary>
    public static byte[] ServiceListBody(int count)
    {
        var root = JsonNode.Parse(File.ReadAllText(Response("asc.query.list.success.json")))!;
        var page = root["jingdong_asc_query_list_responce"]!["pageResult"]!;
        var samples = page["data"]!.AsArray().Select(n => n!.DeepClone()).ToArray();
        var data = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var item = samples[i % samples.Length].DeepClone();
            item["serviceId"] = 1234567890123L + i;
            item["orderId"] = 300000000001L + i;
            item["sysVersion"] = 1 + (i % 7);
            data.Add(item);
        }

        page["data"] = data;
        page["pageSize"] = count;
        page["totalCount"] = count * 3;
        return JsonSerializer.SerializeToUtf8Bytes(root, RawUtf8);
    }

    /// <summary>A <c>jingdong.pop.order.search</c> answer with <paramref name="count"/> orders, varied from the fixture's one.</summary>
    public static byte[] OrderSearchBody(int count)
    {
        var root = JsonNode.Parse(File.ReadAllText(Response("pop.order.search.success.json")))!;
        var result = root["jingdong_pop_order_search_responce"]!["searchorderinfo_result"]!;
        var sample = result["orderInfoList"]![0]!;
        var orders = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var order = sample.DeepClone();
            order["orderId"] = (300000000001L + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            order["waybill"] = $"JDV{123450000 + i:D12}";
            if (i % 2 == 1)
            {
                // Every other order has two lines, as real orders vary.
                var second = order["itemInfoList"]![0]!.DeepClone();
                second["skuId"] = "100012345679";
                second["skuName"] = "电热水壶 1.7L";
                second["jdPrice"] = "89.90";
                order["itemInfoList"]!.AsArray().Add(second);
            }

            orders.Add(order);
        }

        result["orderInfoList"] = orders;
        result["orderTotal"] = count;
        return JsonSerializer.SerializeToUtf8Bytes(root, RawUtf8);
    }

    /// <summary>The 50-comment long-text page of the test project's fixtures (<c>Fixtures/Reviews</c>).</summary>
    public static byte[] CommentsLongTextBody() =>
        File.ReadAllBytes(Path.Combine(FixturesDirectory(), "Reviews", "pop.PopCommentJsfService.getVenderCommentsForJos.long-text.json"));

    /// <summary>The value of the envelope's single property, as raw UTF-8: what the payload floor reads.</summary>
    public static byte[] InnerPayload(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var property = document.RootElement.EnumerateObject().Single();
        return Encoding.UTF8.GetBytes(property.Value.GetRawText());
    }

    private static JsonElement LoadSigningVector(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(VectorsDirectory(), "signing.json")));
        var vector = document.RootElement.GetProperty("vectors").EnumerateArray()
            .Single(v => v.GetProperty("name").GetString() == name);
        Check.Equal(ListMethod, vector.GetProperty("parameters").GetProperty("method").GetString(), $"{name}: method");
        Check.Equal("2024-05-20 13:45:30.000+0800", vector.GetProperty("parameters").GetProperty("timestamp").GetString(), $"{name}: timestamp");
        return vector.Clone();
    }

    private static string Parameter(string name) => TypicalVector.GetProperty("parameters").GetProperty(name).GetString()!;

    private static string Response(string name) => Path.Combine(VectorsDirectory(), "responses", name);

    private static string VectorsDirectory() => Beside("vectors", Path.Combine("tests", "vectors"));

    private static string FixturesDirectory() => Beside("fixtures", Path.Combine("tests", "JdAfterSales.Tests", "Fixtures"));

    private static string Beside(string copied, string inRepository)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, copied);
        if (Directory.Exists(beside))
        {
            return beside;
        }

        // Out-of-process runs start from BenchmarkDotNet's generated project: look for the repository's copy.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, inRepository);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{inRepository} not found beside the benchmarks or above them.");
    }
}

/// <summary>A clock stopped at one instant, so every signature is the same and can be checked.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>Thrown from a benchmark's setup when a result is wrong; BenchmarkDotNet then reports the benchmark as failed.</summary>
internal sealed class BenchmarkCheckException(string message) : Exception(message);

internal static class Check
{
    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new BenchmarkCheckException($"{what}: expected {expected}, got {actual}.");
        }
    }

    public static void True(bool condition, string what)
    {
        if (!condition)
        {
            throw new BenchmarkCheckException(what);
        }
    }
}
