using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace JdAfterSales.Tests.Hardening;

/// <summary>
/// Answers every request with the current <see cref="AnswerMutation"/>, without recording requests (the property test
/// sends hundreds of thousands). A decoded answer's stream decompresses as <c>SocketsHttpHandler</c>'s automatic
/// decompression does, so a body that contradicts its encoding fails while the client reads it.
/// </summary>
internal sealed class MutableAnswerHandler : HttpMessageHandler
{
    private AnswerMutation _answer = new(string.Empty, []);

    public void Answer(AnswerMutation answer) => Volatile.Write(ref _answer, answer);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var answer = Volatile.Read(ref _answer);
        HttpContent content;
        if (answer.Decoded)
        {
            var raw = new MemoryStream(answer.Body, writable: false);
            content = new StreamContent(answer.ContentEncoding switch
            {
                "gzip" => new GZipStream(raw, CompressionMode.Decompress),
                "deflate" => new ZLibStream(raw, CompressionMode.Decompress),
                _ => new BrotliStream(raw, CompressionMode.Decompress),
            });
        }
        else
        {
            content = new ByteArrayContent(answer.Body);
            if (answer.ContentEncoding is { } encoding)
            {
                content.Headers.ContentEncoding.Add(encoding);
            }
        }

        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
