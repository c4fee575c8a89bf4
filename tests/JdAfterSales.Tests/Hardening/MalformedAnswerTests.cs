using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json.Nodes;
using JdAfterSales.Auth;
using JdAfterSales.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace JdAfterSales.Tests.Hardening;

/// <summary>
/// The promise that every failure is a typed <see cref="JdException"/>, tested as a property: every malformed answer
/// <see cref="AnswerMutations"/> derives from every response fixture goes through its method's typed call (and its
/// paged walk, and the raw call), and each outcome is a result or a <see cref="JdException"/>. OAuth fixtures go
/// through <see cref="JdOAuthClient"/>; gateway error fixtures through a read. Deterministic: set
/// <c>JD_FUZZ_SEED</c> to explore other byte flips.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class MalformedAnswerTests(ITestOutputHelper output)
{
    private const int ByteFlipsPerFixture = 200;
    private const int WalkLimit = 500;

    [Fact]
    public async Task Every_malformed_answer_to_every_typed_call_is_a_result_or_a_JdException()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("JD_FUZZ_SEED"), out var chosen) ? chosen : 20261206;
        var failures = new ConcurrentQueue<string>();
        var cases = 0L;
        var typedFailures = 0L;
        var started = TimeProvider.System.GetTimestamp();

        await Parallel.ForEachAsync(Fixtures.AllNames(), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (fixture, _) =>
        {
            var handler = new MutableAnswerHandler();
            var calls = CallsFor(fixture, handler);
            var body = Fixtures.Read(fixture);
            var mutations = AnswerMutations.All(body, seed ^ fixture.GetHashCode(StringComparison.Ordinal), ByteFlipsPerFixture)
                .Concat(EncodingMutations(body));
            foreach (var mutation in mutations)
            {
                handler.Answer(mutation);
                foreach (var (name, call) in calls)
                {
                    Interlocked.Increment(ref cases);
                    try
                    {
                        await call();
                    }
                    catch (JdException)
                    {
                        Interlocked.Increment(ref typedFailures);
                    }
#pragma warning disable CA1031 // The property under test: anything but a JdException is the finding.
                    catch (Exception ex)
#pragma warning restore CA1031
                    {
                        failures.Enqueue($"{fixture} via {name}, {mutation.Description}: {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        });

        output.WriteLine($"{cases} cases ({typedFailures} typed failures) from {Fixtures.AllNames().Count()} fixtures in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s, seed {seed}");
        Assert.True(failures.IsEmpty, $"{failures.Count} untyped outcomes, first ones:\n{string.Join('\n', failures.Take(20))}");
        Assert.True(cases >= 20_000, $"only {cases} cases");
    }

    /// <summary>A body that says gzip, deflate or br but is not, decoded as a handler with automatic decompression does.</summary>
    private static IEnumerable<AnswerMutation> EncodingMutations(byte[] body)
    {
        foreach (var encoding in new[] { "gzip", "deflate", "br" })
        {
            var compressed = Compress(body, encoding);
            yield return new($"plain body decoded as {encoding}", body) { ContentEncoding = encoding, Decoded = true };
            yield return new($"plain body labelled {encoding}, not decoded", body) { ContentEncoding = encoding };
            yield return new($"{encoding} body cut in half, decoded", compressed[..(compressed.Length / 2)]) { ContentEncoding = encoding, Decoded = true };
            yield return new($"{encoding} body labelled {encoding}, not decoded", compressed) { ContentEncoding = encoding };
            yield return new($"{encoding} body unlabelled", compressed);
        }
    }

    /// <summary>The calls a fixture's answer goes through, by name for the failure report.</summary>
    private static List<(string Name, Func<Task> Call)> CallsFor(string fixture, HttpMessageHandler handler)
    {
        if (fixture.StartsWith("oauth.", StringComparison.Ordinal))
        {
            var oauth = new JdOAuthClient(
                new HttpClient(handler),
                new JdOAuthOptions { AppKey = TestClients.AppKey, AppSecret = TestClients.AppSecret },
                new FakeTimeProvider(TestClients.VectorInstant));
            return
            [
                ("JdOAuthClient.RefreshAsync", () => oauth.RefreshAsync("r1r1r1r1r1r1r1r1")),
                ("JdOAuthClient.ExchangeCodeAsync", () => oauth.ExchangeCodeAsync("code-0001")),
            ];
        }

        var client = TestClients.Create(handler);
        var (method, _) = fixture.StartsWith("error.", StringComparison.Ordinal) ? ("asc.query.list", string.Empty) : TypedCalls.Split(fixture);
        var calls = new List<(string, Func<Task>)>
        {
            ("typed " + method, () => TypedCalls.ByMethod[method](client)),
            ("raw " + method, () => client.InvokeRawAsync(RawName(method), new JsonObject(), JdOperationKind.Read)),
        };
        if (TypedCalls.Walks.TryGetValue(method, out var walk))
        {
            calls.Add(("walk " + method, () => walk(client, WalkLimit)));
        }

        return calls;
    }

    /// <summary>The fixture names of JD's shared vectors shorten a few methods; the envelope needs the full name.</summary>
    private static string RawName(string method) => method switch
    {
        "refundapply.queryPageList" or "refundapply.replyRefund" => "jingdong.pop.afs.soa." + method,
        "comments.getVenderCommentsForJos" => "jingdong.pop.PopCommentJsfService.getVenderCommentsForJos",
        _ => "jingdong." + method,
    };

    private static byte[] Compress(byte[] body, string encoding)
    {
        using var buffer = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true),
            _ => new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true),
        })
        {
            compressor.Write(body);
        }

        return buffer.ToArray();
    }
}
