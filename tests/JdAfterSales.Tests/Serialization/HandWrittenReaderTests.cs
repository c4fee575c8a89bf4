using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.AfterSales;
using JdAfterSales.Gateway;
using JdAfterSales.Orders;
using JdAfterSales.Reviews;
using JdAfterSales.Serialization;
using JdAfterSales.Tests.Hardening;
using JdAfterSales.Tests.Support;
using Xunit.Abstractions;

namespace JdAfterSales.Tests.Serialization;

/// <summary>
/// The hand-written readers of the hottest models (<see cref="JdModelConverter{T, TFields}"/>) against the source-generated
/// metadata of the same models, which stays in the assembly: every field of every such model, every fixture that
/// carries one, and every malformed answer <see cref="AnswerMutations"/> derives from those fixtures read the same
/// both ways — the same values, or a failure both ways.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class HandWrittenReaderTests(ITestOutputHelper output)
{
    private const int ByteFlipsPerFixture = 200;

    /// <summary>The contexts that register hand-written readers, as the library uses them and without those readers.</summary>
    private static readonly JsonSerializerContext[] Contexts = [AfterSalesJsonContext.Default, OrdersJsonContext.Default, ReviewsJsonContext.Default];

    /// <summary>The payloads that carry a hand-read model, by the fixture method that answers with them.</summary>
    private static readonly Dictionary<string, (string JosMethod, Type Payload, JsonSerializerContext Context)> Payloads =
        new Dictionary<string, (string, Type, JsonSerializerContext)>(StringComparer.Ordinal)
        {
            ["asc.query.list"] = (JosMethods.AscQueryList, typeof(AscListPayload<ServiceBriefPage>), AfterSalesJsonContext.Default),
            ["asc.sync.list"] = (JosMethods.AscSyncList, typeof(AscListPayload<ServiceBriefPage>), AfterSalesJsonContext.Default),
            ["asc.receive.list"] = (JosMethods.AscReceiveList, typeof(AscListPayload<ServiceBriefPage>), AfterSalesJsonContext.Default),
            ["pop.order.search"] = (JosMethods.PopOrderSearch, typeof(OrderSearchPayload), OrdersJsonContext.Default),
            ["pop.order.get"] = (JosMethods.PopOrderGet, typeof(OrderDetailPayload), OrdersJsonContext.Default),
            ["pop.PopCommentJsfService.getVenderCommentsForJos"] = (JosMethods.PopPopCommentJsfServiceGetVenderCommentsForJos, typeof(CommentListPayload), ReviewsJsonContext.Default),
            ["comments.getVenderCommentsForJos"] = (JosMethods.PopPopCommentJsfServiceGetVenderCommentsForJos, typeof(CommentListPayload), ReviewsJsonContext.Default),
        };

    private static readonly ConcurrentDictionary<JsonSerializerContext, JsonSerializerContext> References = new();

    private static readonly ConcurrentDictionary<Type, Func<byte[], string, JsonTypeInfo, object?>> Readers = new();

    public static TheoryData<string> HandReadModels() => [.. HandReadTypes().Select(t => t.Type.Name)];

    [Fact]
    public void The_hottest_models_are_read_by_hand()
    {
        Assert.Equal(
            ["Comment", "CommentImage", "CommentReply", "OrderConsignee", "OrderInfo", "OrderItem", "ServiceBrief"],
            HandReadTypes().Select(t => t.Type.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(HandReadModels))]
    public void Every_field_reads_into_its_own_property_as_the_generated_metadata_reads_it(string modelName)
    {
        var (type, context) = HandReadTypes().Single(t => t.Type.Name == modelName);
        var json = Encoding.UTF8.GetBytes(EveryFieldJson(type, seed: 1));

        var byHand = JsonSerializer.Deserialize(json, context.Options.GetTypeInfo(type))!;
        var generated = JsonSerializer.Deserialize(json, Reference(context).Options.GetTypeInfo(type))!;

        Assert.IsType(HandConverterOf(type, context).GetType(), context.Options.GetTypeInfo(type).Converter);
        Assert.Null(Differences(generated, byHand, type.Name));
        foreach (var property in JsonProperties(type))
        {
            var value = property.GetValue(byHand);
            Assert.True(value is not null && !(value is IEnumerable list and not string && !list.Cast<object>().Any()), $"{type.Name}.{property.Name} was not read");
        }
    }

    [Theory]
    [MemberData(nameof(HandReadModels))]
    public void Absent_fields_keep_the_declared_defaults(string modelName)
    {
        var (type, context) = HandReadTypes().Single(t => t.Type.Name == modelName);
        var json = """{"notAField":[1,{"a":null}]}"""u8;
        var byHand = JsonSerializer.Deserialize(json, context.Options.GetTypeInfo(type))!;
        var generated = JsonSerializer.Deserialize(json, Reference(context).Options.GetTypeInfo(type))!;
        Assert.Null(Differences(generated, byHand, type.Name));
    }

    [Theory]
    [InlineData("""{"serviceId":1,"serviceId":2}""", "last value wins")]
    [InlineData("""{"service\u0049d":7}""", "escaped name")]
    [InlineData("""{"ServiceId":7,"serviceid":8}""", "names are case-sensitive")]
    [InlineData("""{"sysVersion":null,"serviceStatus":"10001","applyTime":"2024-05-20 13:45:30"}""", "tolerant values")]
    public void Edge_cases_read_as_the_generated_metadata_reads_them(string json, string why)
    {
        var byHand = JsonSerializer.Deserialize(json, AfterSalesJsonContext.Default.ServiceBrief)!;
        var generated = JsonSerializer.Deserialize(json, (JsonTypeInfo<ServiceBrief>)Reference(AfterSalesJsonContext.Default).Options.GetTypeInfo(typeof(ServiceBrief)))!;
        Assert.True(Differences(generated, byHand, "ServiceBrief") is null, why);
    }

    [Fact]
    public void A_value_that_is_not_an_object_is_refused_both_ways()
    {
        foreach (var json in new[] { "[]", "1", "\"x\"", "true" })
        {
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, AfterSalesJsonContext.Default.ServiceBrief));
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, Reference(AfterSalesJsonContext.Default).Options.GetTypeInfo(typeof(ServiceBrief))));
        }
    }

    [Fact]
    public async Task Every_fixture_and_every_malformed_answer_reads_the_same_both_ways()
    {
        var fixtures = Fixtures.AllNames().Where(f => Payloads.ContainsKey(TypedCalls.Split(f).Method)).ToArray();
        Assert.True(fixtures.Length >= 10, $"only {fixtures.Length} fixtures carry a hand-read model");
        var findings = new ConcurrentQueue<string>();
        var cases = 0L;
        var bothRead = 0L;

        await Parallel.ForEachAsync(fixtures, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (fixture, _) =>
        {
            var (josMethod, payload, context) = Payloads[TypedCalls.Split(fixture).Method];
            var body = Fixtures.Read(fixture);
            var original = Compare(body, josMethod, payload, context);
            if (original.Finding is not null || !original.Read)
            {
                findings.Enqueue($"{fixture} as shipped: {original.Finding ?? "does not read"}");
            }

            foreach (var mutation in AnswerMutations.All(body, 20261206 ^ fixture.GetHashCode(StringComparison.Ordinal), ByteFlipsPerFixture))
            {
                Interlocked.Increment(ref cases);
                var outcome = Compare(mutation.Body, josMethod, payload, context);
                if (outcome.Read)
                {
                    Interlocked.Increment(ref bothRead);
                }

                if (outcome.Finding is not null)
                {
                    findings.Enqueue($"{fixture}, {mutation.Description}: {outcome.Finding}");
                }
            }

            return ValueTask.CompletedTask;
        });

        output.WriteLine($"{cases} malformed answers from {fixtures.Length} fixtures; {bothRead} read both ways, the rest refused both ways");
        Assert.True(findings.IsEmpty, $"{findings.Count} differences, first ones:\n{string.Join('\n', findings.Take(20))}");
        Assert.True(bothRead > 1_000, $"only {bothRead} answers read");
    }

    /// <summary>Reads one body both ways: whether it read, and what differs (null when nothing).</summary>
    private static (bool Read, string? Finding) Compare(byte[] body, string josMethod, Type payload, JsonSerializerContext context)
    {
        var byHand = TryRead(body, josMethod, context.Options.GetTypeInfo(payload));
        var generated = TryRead(body, josMethod, Reference(context).Options.GetTypeInfo(payload));
        return (byHand.Value, generated.Value) switch
        {
            (null, null) => (false, null),
            (not null, null) => (false, $"read by hand, refused by the generated metadata ({generated.Error})"),
            (null, not null) => (false, $"refused by hand ({byHand.Error}), read by the generated metadata"),
            _ => (true, Differences(generated.Value, byHand.Value, payload.Name)),
        };
    }

    private static (object? Value, string? Error) TryRead(byte[] body, string josMethod, JsonTypeInfo typeInfo)
    {
        try
        {
            return (Readers.GetOrAdd(typeInfo.Type, CreateReader)(body, josMethod, typeInfo), null);
        }
#pragma warning disable CA1031 // Any failure is an outcome to compare, not an error of the test.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (null, ex.GetType().Name);
        }
    }

    private static Func<byte[], string, JsonTypeInfo, object?> CreateReader(Type payload) =>
        typeof(HandWrittenReaderTests).GetMethod(nameof(ReadTyped), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(payload).CreateDelegate<Func<byte[], string, JsonTypeInfo, object?>>();

    private static object? ReadTyped<T>(byte[] body, string josMethod, JsonTypeInfo typeInfo) =>
        JdEnvelopeReader.ReadPayload(body, josMethod, (JsonTypeInfo<T>)typeInfo);

    /// <summary>The first difference between two object graphs, as a path; null when they are the same.</summary>
    private static string? Differences(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            return $"{path}: {type.Name} vs {actual.GetType().Name}";
        }

        switch (expected)
        {
            case string or long or int or bool or JsonElement:
                return Equals(expected, actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
            case decimal d:
                // The scale too: 299.0 and 299.00 are equal decimals but not the same reading.
                return d.ToString(CultureInfo.InvariantCulture) == ((decimal)actual).ToString(CultureInfo.InvariantCulture) ? null : $"{path}: {d} vs {actual}";
            case DateTimeOffset time:
                return time.Equals((DateTimeOffset)actual) && time.Offset == ((DateTimeOffset)actual).Offset ? null : $"{path}: {time:O} vs {(DateTimeOffset)actual:O}";
            case IEnumerable list:
                var left = list.Cast<object?>().ToArray();
                var right = ((IEnumerable)actual).Cast<object?>().ToArray();
                if (left.Length != right.Length)
                {
                    return $"{path}: {left.Length} items vs {right.Length}";
                }

                return left.Select((item, i) => Differences(item, right[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
        }

        if (type.IsValueType)
        {
            return Equals(expected, actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => Differences(p.GetValue(expected), p.GetValue(actual), $"{path}.{p.Name}"))
            .FirstOrDefault(d => d is not null);
    }

    private static string Show(object? value) => value is null ? "null" : $"«{value}»";

    /// <summary>Each model read by hand, with the context that registers its reader.</summary>
    private static IEnumerable<(Type Type, JsonSerializerContext Context)> HandReadTypes() =>
        from context in Contexts
        from converter in context.Options.Converters
        let model = ModelOf(converter.GetType())
        where model is not null
        select (model, context);

    private static Type? ModelOf(Type converterType)
    {
        for (var type = converterType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(JdModelConverter<,>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }

    private static System.Text.Json.Serialization.JsonConverter HandConverterOf(Type model, JsonSerializerContext context) =>
        context.Options.Converters.Single(c => ModelOf(c.GetType()) == model);

    /// <summary>The same context's generated metadata, with the tolerant value converters and no hand-written reader.</summary>
    private static JsonSerializerContext Reference(JsonSerializerContext context) =>
        References.GetOrAdd(context, static c =>
        {
            var options = new JsonSerializerOptions();
            foreach (var converter in c.Options.Converters.Where(converter => ModelOf(converter.GetType()) is null))
            {
                options.Converters.Add(converter);
            }

            return (JsonSerializerContext)Activator.CreateInstance(c.GetType(), options)!;
        });

    private static IEnumerable<PropertyInfo> JsonProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is not null);

    /// <summary>A JSON object with every field of <paramref name="type"/> set to a value of its own, nested models too.</summary>
    private static string EveryFieldJson(Type type, int seed)
    {
        var fields = new List<string>();
        var n = seed * 100;
        foreach (var property in JsonProperties(type))
        {
            n++;
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name;
            fields.Add($"\"{name}\":{ValueJson(property.PropertyType, n)}");
        }

        return "{" + string.Join(',', fields) + "}";
    }

    private static string ValueJson(Type type, int n)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return $"\"值{n}\"";
        }

        if (underlying == typeof(long) || underlying == typeof(int))
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        if (underlying == typeof(decimal))
        {
            return $"\"{n}.50\"";
        }

        if (underlying == typeof(bool))
        {
            return "true";
        }

        if (underlying == typeof(DateTimeOffset))
        {
            return $"\"2024-05-{1 + (n % 28):00} 13:{n % 60:00}:30\"";
        }

        if (underlying.GetInterface("IJdOpenEnumeration`2") is { } open)
        {
            return open.GetGenericArguments()[1] == typeof(string) ? $"\"CODE_{n}\"" : n.ToString(CultureInfo.InvariantCulture);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = underlying.GetGenericArguments()[0];
            return $"[{ValueJson(item, n)},{ValueJson(item, n + 50)}]";
        }

        return EveryFieldJson(underlying, n);
    }
}
