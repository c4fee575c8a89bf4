using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Benchmarks;

/// <summary>
/// Reading one routerjson answer into the typed payload model. Two categories, each with its own baseline: the DOM
/// unwrap (with reflection-based System.Text.Json beside it), and the floor — source-generated deserialization of the
/// inner payload bytes alone, extracted in setup.
/// </summary>
/// <typeparam name="TPayload">The payload model inside <c>&lt;method&gt;_responce</c>.</typeparam>
public abstract class ReadBenchmarks<TPayload>
    where TPayload : class
{
    /// <summary>System.Text.Json by reflection, with the library's converters and no source-generated context.</summary>
    private static readonly JsonSerializerOptions ReflectionOptions = CreateReflectionOptions();

    private byte[] _body = null!;
    private byte[] _innerPayload = null!;

    private protected abstract string Method { get; }

    private protected abstract JsonTypeInfo<TPayload> TypeInfo { get; }

    private protected abstract int ExpectedItems { get; }

    private protected abstract byte[] CreateBody();

    /// <summary>The items read, and a checksum of their ids, to compare readers.</summary>
    private protected abstract (int Count, long IdSum) Inspect(TPayload payload);

    [GlobalSetup]
    public void Setup()
    {
        _body = CreateBody();
        _innerPayload = Fixtures.InnerPayload(_body);
        var expected = Inspect(LibraryVsDom());
        Check.Equal(ExpectedItems, expected.Count, $"{GetType().Name}: items read by the library");
        Check.Equal(expected, Inspect(DomUnwrap()), "DOM unwrap");
        Check.Equal(expected, Inspect(Reflection()), "reflection-based System.Text.Json");
        Check.Equal(expected, Inspect(PayloadFloor()), "inner payload floor");
        Check.Equal(expected, Inspect(LibraryVsFloor()), "library");
    }

    [Benchmark(Baseline = true, Description = "DOM unwrap (JsonDocument)")]
    [BenchmarkCategory("vs-dom")]
    public TPayload DomUnwrap()
    {
        using var document = JsonDocument.Parse(_body);
        var property = document.RootElement.EnumerateObject().Single();
        return property.Value.Deserialize(TypeInfo)!;
    }

    [Benchmark(Description = "reflection STJ")]
    [BenchmarkCategory("vs-dom")]
    public TPayload Reflection()
    {
        var envelope = JsonSerializer.Deserialize<Dictionary<string, TPayload>>(_body, ReflectionOptions)!;
        return envelope.Values.Single();
    }

    [Benchmark(Description = "library")]
    [BenchmarkCategory("vs-dom")]
    public TPayload LibraryVsDom() => JdEnvelopeReader.ReadPayload(_body, Method, TypeInfo);

    [Benchmark(Baseline = true, Description = "inner payload floor")]
    [BenchmarkCategory("vs-floor")]
    public TPayload PayloadFloor() => JsonSerializer.Deserialize(_innerPayload, TypeInfo)!;

    [Benchmark(Description = "library")]
    [BenchmarkCategory("vs-floor")]
    public TPayload LibraryVsFloor() => JdEnvelopeReader.ReadPayload(_body, Method, TypeInfo);

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

/// <summary>A 50-item <c>jingdong.asc.query.list</c> answer into <c>AscListResponse&lt;ServiceBriefPage&gt;</c>.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReadServiceListBenchmarks : ReadBenchmarks<AfterSales.AscListResponse<AfterSales.ServiceBriefPage>>
{
    private protected override string Method => Fixtures.ListMethod;

    private protected override JsonTypeInfo<AfterSales.AscListResponse<AfterSales.ServiceBriefPage>> TypeInfo =>
        AfterSalesJsonContext.Default.AscListResponseServiceBriefPage;

    private protected override int ExpectedItems => 50;

    private protected override byte[] CreateBody() => Fixtures.ServiceListBody(ExpectedItems);

    private protected override (int Count, long IdSum) Inspect(AfterSales.AscListResponse<AfterSales.ServiceBriefPage> payload) =>
        (payload.PageResult!.Data.Count, payload.PageResult.Data.Sum(s => s.ServiceId + s.SysVersion));
}

/// <summary>A 100-order <c>jingdong.pop.order.search</c> answer into the order-search payload model.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReadOrderSearchBenchmarks : ReadBenchmarks<OrderSearchPayload>
{
    private protected override string Method => Fixtures.OrderSearchMethod;

    private protected override JsonTypeInfo<OrderSearchPayload> TypeInfo => OrderSearchModel.TypeInfo;

    private protected override int ExpectedItems => 100;

    private protected override byte[] CreateBody() => Fixtures.OrderSearchBody(ExpectedItems);

    private protected override (int Count, long IdSum) Inspect(OrderSearchPayload payload) => OrderSearchModel.Inspect(payload);
}
