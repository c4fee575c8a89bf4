using System.Buffers.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using JdAfterSales.AfterSales;
using JdAfterSales.Gateway;

namespace JdAfterSales.Benchmarks;

/// <summary>
/// What bounds the read of a 50-item <c>jingdong.asc.query.list</c> answer, against the library in the same run:
/// the bare <c>Utf8JsonReader</c> walk over every token (no reader can do less), that walk plus a string for every
/// string token and a parse of every number (no model, no dates), and <c>JsonDocument.Parse</c>, which is the part
/// of the DOM unwrap that the library does not do. The DOM unwrap's ratio to the library is
/// (document parse + deserialization) / deserialization, so it is capped by how small the deserialization can get.
/// </summary>
[MemoryDiagnoser]
public class ReadLimitsBenchmarks
{
    private byte[] _body = [];

    [GlobalSetup]
    public void Setup()
    {
        _body = Fixtures.ServiceListBody(50);
        var page = (AscListPayload<ServiceBriefPage>)Library();
        Check.Equal(50, page.PageResult!.Data.Count, "items read by the library");
        using var document = JsonDocument.Parse(_body);
        Check.Equal(CountTokens(document.RootElement), ReaderWalk(), "tokens walked");
        Check.True(MaterializeTokens() > 0, "strings and numbers read");
        ((IDisposable)DocumentParse()).Dispose();
    }

    [Benchmark(Baseline = true, Description = "library")]
    public object Library() => JdEnvelopeReader.ReadPayload(_body, JosMethods.AscQueryList, AfterSalesJsonContext.Default.AscListPayloadServiceBriefPage);

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

    [Benchmark(Description = "JsonDocument.Parse")]
    public object DocumentParse() => JsonDocument.Parse(_body);

    /// <summary>The tokens <see cref="Utf8JsonReader"/> reports for <paramref name="element"/>: a value, or start, names and members, end.</summary>
    private static int CountTokens(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => 2 + element.EnumerateObject().Sum(p => 1 + CountTokens(p.Value)),
        JsonValueKind.Array => 2 + element.EnumerateArray().Sum(CountTokens),
        _ => 1,
    };
}
