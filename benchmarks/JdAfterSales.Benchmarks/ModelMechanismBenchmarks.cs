using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using JdAfterSales.AfterSales;
using JdAfterSales.Serialization;

namespace JdAfterSales.Benchmarks;

/// <summary>
/// How the models are read decides the read speed: the same 50 service orders (the items of a
/// <c>jingdong.asc.query.list</c> page) into the library's <see cref="ServiceBrief"/> by its hand-written reader (what
/// the library uses), by the source-generated metadata (internal setters the generated code calls), into the same
/// model with <c>init</c>-only properties, and into the library's model by reflection.
/// </summary>
[MemoryDiagnoser]
public class ModelMechanismBenchmarks
{
    /// <summary>The mechanism context with the library's hand-written reader of <see cref="ServiceBrief"/> added.</summary>
    private static readonly MechanismJsonContext HandWritten = CreateHandWrittenContext();

    private byte[] _items = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var document = JsonDocument.Parse(Fixtures.ServiceListBody(50));
        var data = document.RootElement.GetProperty("jingdong_asc_query_list_responce").GetProperty("pageResult").GetProperty("data");
        _items = JsonSerializer.SerializeToUtf8Bytes(data);
        var expected = Checksum(HandWrittenReader());
        Check.Equal(expected, Checksum(InternalSetters()), "generated metadata");
        Check.Equal(expected, Checksum(Reflection()), "reflection");
        Check.Equal(expected, InitOnly().Sum(s => s.ServiceId + (s.SysVersion ?? 0)), "init-only");
    }

    [Benchmark(Baseline = true, Description = "hand-written reader (the library)")]
    public List<ServiceBrief> HandWrittenReader() => JsonSerializer.Deserialize(_items, HandWritten.ListServiceBrief)!;

    [Benchmark(Description = "generated metadata, internal setters")]
    public List<ServiceBrief> InternalSetters() => JsonSerializer.Deserialize(_items, MechanismJsonContext.Default.ListServiceBrief)!;

    [Benchmark(Description = "init-only properties")]
    public List<InitOnlyServiceBrief> InitOnly() => JsonSerializer.Deserialize(_items, MechanismJsonContext.Default.ListInitOnlyServiceBrief)!;

    [Benchmark(Description = "reflection STJ, the library's model")]
    public List<ServiceBrief> Reflection() => JsonSerializer.Deserialize<List<ServiceBrief>>(_items, PayloadReader.ReflectionOptions)!;

    private static long Checksum(List<ServiceBrief> items) => items.Sum(s => s.ServiceId + (s.SysVersion ?? 0));

    private static MechanismJsonContext CreateHandWrittenContext()
    {
        var options = new JsonSerializerOptions();
        foreach (var converter in MechanismJsonContext.Default.Options.Converters)
        {
            options.Converters.Add(converter);
        }

        options.Converters.Add(new ServiceBriefConverter());
        return new MechanismJsonContext(options);
    }
}

/// <summary>Both models under the library's converters.</summary>
[JsonSourceGenerationOptions(
    Converters =
    [
        typeof(JdNumberConverter<long, JdInt64Format>),
        typeof(JdNullableNumberConverter<long, JdInt64Format>),
        typeof(JdNumberConverter<int, JdInt32Format>),
        typeof(JdNullableNumberConverter<int, JdInt32Format>),
        typeof(JdNumberConverter<decimal, JdDecimalFormat>),
        typeof(JdNullableNumberConverter<decimal, JdDecimalFormat>),
        typeof(JdBooleanConverter),
        typeof(JdNonNullableBooleanConverter),
        typeof(JdDateTimeOffsetConverter),
        typeof(JdNonNullableDateTimeOffsetConverter),
        typeof(JdStringConverter),
    ])]
[JsonSerializable(typeof(List<ServiceBrief>))]
[JsonSerializable(typeof(List<InitOnlyServiceBrief>))]
internal sealed partial class MechanismJsonContext : JsonSerializerContext;
