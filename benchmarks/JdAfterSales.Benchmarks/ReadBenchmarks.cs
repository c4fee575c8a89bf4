using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using JdAfterSales.AfterSales;
using JdAfterSales.Gateway;
using JdAfterSales.Orders;
using JdAfterSales.Reviews;
using JdAfterSales.Serialization;

namespace JdAfterSales.Benchmarks;

/// <summary>
/// Reading one routerjson answer into the library's payload model. Two categories, each with its own baseline: the
/// DOM unwrap (<c>JsonDocument</c>, then deserialize the payload element), with reflection-based System.Text.Json
/// over the same models beside it; and the floor, source-generated deserialization of the inner payload bytes alone,
/// extracted in setup.
/// </summary>
public abstract class ReadBenchmarks
{
    private PayloadReader _reader = null!;
    private byte[] _body = null!;
    private byte[] _innerPayload = null!;

    private protected abstract PayloadReader CreateReader();

    private protected abstract byte[] CreateBody();

    private protected abstract int ExpectedItems { get; }

    [GlobalSetup]
    public void Setup()
    {
        _reader = CreateReader();
        _body = CreateBody();
        _innerPayload = Fixtures.InnerPayload(_body);
        var expected = _reader.Inspect(LibraryVsDom());
        Check.Equal(ExpectedItems, expected.Count, $"{GetType().Name}: items read by the library");
        Check.Equal(expected, _reader.Inspect(DomUnwrap()), "DOM unwrap");
        Check.Equal(expected, _reader.Inspect(Reflection()), "reflection-based System.Text.Json");
        Check.Equal(expected, _reader.Inspect(PayloadFloor()), "inner payload floor");
        Check.Equal(expected, _reader.Inspect(LibraryVsFloor()), "library");
    }

    [Benchmark(Baseline = true, Description = "DOM unwrap (JsonDocument)")]
    [BenchmarkCategory("vs-dom")]
    public object DomUnwrap() => _reader.Dom(_body);

    [Benchmark(Description = "reflection STJ, same models")]
    [BenchmarkCategory("vs-dom")]
    public object Reflection() => _reader.Reflection(_body);

    [Benchmark(Description = "library")]
    [BenchmarkCategory("vs-dom")]
    public object LibraryVsDom() => _reader.Library(_body);

    [Benchmark(Baseline = true, Description = "inner payload floor")]
    [BenchmarkCategory("vs-floor")]
    public object PayloadFloor() => _reader.Floor(_innerPayload);

    [Benchmark(Description = "library")]
    [BenchmarkCategory("vs-floor")]
    public object LibraryVsFloor() => _reader.Library(_body);
}

/// <summary>A 50-item <c>jingdong.asc.query.list</c> answer.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReadServiceListBenchmarks : ReadBenchmarks
{
    /// <summary>The items in the answer.</summary>
    internal const int Items = 50;

    /// <summary>How the answer is read, each way.</summary>
    internal static readonly PayloadReader Reader = new PayloadReader<AscListPayload<ServiceBriefPage>>(
        JosMethods.AscQueryList,
        AfterSalesJsonContext.Default.AscListPayloadServiceBriefPage,
        static payload => (payload.PageResult!.Data.Count, payload.PageResult.Data.Sum(s => s.ServiceId + (s.SysVersion ?? 0))));

    private protected override int ExpectedItems => Items;

    /// <summary>The answer.</summary>
    internal static byte[] Body() => Fixtures.ServiceListBody(Items);

    private protected override PayloadReader CreateReader() => Reader;

    private protected override byte[] CreateBody() => Body();
}

/// <summary>A 100-order <c>jingdong.pop.order.search</c> answer.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReadOrderSearchBenchmarks : ReadBenchmarks
{
    /// <summary>The items in the answer.</summary>
    internal const int Items = 100;

    /// <summary>How the answer is read, each way.</summary>
    internal static readonly PayloadReader Reader = new PayloadReader<OrderSearchPayload>(
        JosMethods.PopOrderSearch,
        OrdersJsonContext.Default.OrderSearchPayload,
        static payload => (payload.Result!.Orders.Count, payload.Result.Orders.Sum(o => o.OrderId + o.Items.Count)));

    private protected override int ExpectedItems => Items;

    /// <summary>The answer.</summary>
    internal static byte[] Body() => Fixtures.OrderSearchBody(Items);

    private protected override PayloadReader CreateReader() => Reader;

    private protected override byte[] CreateBody() => Body();
}

/// <summary>A 50-comment <c>getVenderCommentsForJos</c> page with long Chinese text, replies and images on some.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReadCommentsBenchmarks : ReadBenchmarks
{
    /// <summary>The items in the answer.</summary>
    internal const int Items = 50;

    /// <summary>How the answer is read, each way.</summary>
    internal static readonly PayloadReader Reader = new PayloadReader<CommentListPayload>(
        JosMethods.PopPopCommentJsfServiceGetVenderCommentsForJos,
        ReviewsJsonContext.Default.CommentListPayload,
        static payload => (payload.Comments.Count, payload.Comments.Sum(c => c.Content!.Length + c.Replies.Count + c.Images.Count)));

    private protected override int ExpectedItems => Items;

    /// <summary>The answer.</summary>
    internal static byte[] Body() => Fixtures.CommentsLongTextBody();

    private protected override PayloadReader CreateReader() => Reader;

    private protected override byte[] CreateBody() => Body();
}

/// <summary>The four ways a benchmark reads one payload model.</summary>
internal abstract class PayloadReader
{
    /// <summary>System.Text.Json by reflection, with the library's value converters and no source-generated context.</summary>
    public static JsonSerializerOptions ReflectionOptions { get; } = CreateReflectionOptions();

    public abstract object Dom(byte[] body);

    public abstract object Reflection(byte[] body);

    public abstract object Library(byte[] body);

    public abstract object Floor(byte[] innerPayload);

    /// <summary>The items read, and a checksum of their ids, to compare readers.</summary>
    public abstract (int Count, long Checksum) Inspect(object payload);

    private static JsonSerializerOptions CreateReflectionOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        foreach (var converter in JdJsonContext.Default.Options.Converters)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}

/// <summary>The four ways, for one payload model.</summary>
internal sealed class PayloadReader<TPayload>(string method, JsonTypeInfo<TPayload> typeInfo, Func<TPayload, (int, long)> inspect) : PayloadReader
    where TPayload : class
{
    public override object Dom(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var property = document.RootElement.EnumerateObject().Single();
        return property.Value.Deserialize(typeInfo)!;
    }

    public override object Reflection(byte[] body) =>
        JsonSerializer.Deserialize<Dictionary<string, TPayload>>(body, ReflectionOptions)!.Values.Single();

    public override object Library(byte[] body) => JdEnvelopeReader.ReadPayload(body, method, typeInfo);

    public override object Floor(byte[] innerPayload) => JsonSerializer.Deserialize(innerPayload, typeInfo)!;

    public override (int Count, long Checksum) Inspect(object payload) => inspect((TPayload)payload);
}
