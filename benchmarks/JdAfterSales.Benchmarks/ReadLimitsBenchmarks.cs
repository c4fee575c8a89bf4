using System.Buffers.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace JdAfterSales.Benchmarks;

/// <summary>
/// What bounds the read of each benchmark answer (50 service orders, 100 orders, 50 long comments), against the
/// library in the same run:
/// the bare <c>Utf8JsonReader</c> walk over every token (no reader can do less), that walk plus a string for every
/// string token and a parse of every number (no model, no dates), and <c>JsonDocument.Parse</c>, which is the part
/// of the DOM unwrap that the library does not do. The DOM unwrap's ratio to the library is
/// (document parse + deserialization) / deserialization, so it is capped by how small the deserialization can get.
/// </summary>
[MemoryDiagnoser]
public class ReadLimitsBenchmarks
{
    private byte[] _body = [];
    private PayloadReader _reader = null!;

    /// <summary>The answers of <see cref="ReadBenchmarks"/>.</summary>
    public enum Answer
    {
        /// <summary><c>jingdong.asc.query.list</c>, 50 service orders.</summary>
        ServiceList,

        /// <summary><c>jingdong.pop.order.search</c>, 100 orders.</summary>
        OrderSearch,

        /// <summary><c>getVenderCommentsForJos</c>, 50 comments with long Chinese text.</summary>
        Comments,
    }

    /// <summary>The answer read.</summary>
    [ParamsAllValues]
    public Answer Response { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_body, _reader, var items) = Response switch
        {
            Answer.ServiceList => (ReadServiceListBenchmarks.Body(), ReadServiceListBenchmarks.Reader, ReadServiceListBenchmarks.Items),
            Answer.OrderSearch => (ReadOrderSearchBenchmarks.Body(), ReadOrderSearchBenchmarks.Reader, ReadOrderSearchBenchmarks.Items),
            _ => (ReadCommentsBenchmarks.Body(), ReadCommentsBenchmarks.Reader, ReadCommentsBenchmarks.Items),
        };
        Check.Equal(items, _reader.Inspect(Library()).Count, "items read by the library");
        using var document = JsonDocument.Parse(_body);
        Check.Equal(CountTokens(document.RootElement), ReaderWalk(), "tokens walked");
        Check.True(MaterializeTokens() > 0, "strings and numbers read");
        Check.True(DocumentParse() > 0, "document parsed");
    }

    [Benchmark(Baseline = true, Description = "library")]
    public object Library() => _reader.Library(_body);

    [Benchmark(Description = "Utf8JsonReader walk")]
    public int ReaderWalk()
    {
        var reader = new Utf8JsonReader(_body);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "walk + strings + numbers")]
    public long MaterializeTokens()
    {
        var reader = new Utf8JsonReader(_body);
        long sum = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                sum += reader.GetString()!.Length;
            }
            else if (reader.TokenType == JsonTokenType.Number && Utf8Parser.TryParse(reader.ValueSpan, out long number, out _))
            {
                sum += number;
            }
        }

        return sum;
    }

    /// <summary>Parsed and disposed, as the DOM unwrap does: an undisposed document of 100 orders would churn the large-object heap.</summary>
    [Benchmark(Description = "JsonDocument.Parse")]
    public int DocumentParse()
    {
        using var document = JsonDocument.Parse(_body);
        return document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
    }

    /// <summary>The tokens <see cref="Utf8JsonReader"/> reports for <paramref name="element"/>: a value, or start, names and members, end.</summary>
    private static int CountTokens(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => 2 + element.EnumerateObject().Sum(p => 1 + CountTokens(p.Value)),
        JsonValueKind.Array => 2 + element.EnumerateArray().Sum(CountTokens),
        _ => 1,
    };
}
