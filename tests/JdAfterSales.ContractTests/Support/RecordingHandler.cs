using System.Collections.Concurrent;
using System.Net;

namespace JdAfterSales.ContractTests.Support;

/// <summary>
/// Sits on the client's own <see cref="HttpClient"/>: captures every <c>sign</c> the client sent (so a test can look
/// for it in logs and errors) and counts requests still waiting for their response headers (so a time pump never
/// moves the clock while an attempt is on the wire).
/// </summary>
internal sealed class RecordingHandler : DelegatingHandler
{
    private int _inFlight;
    private int _sent;

    public RecordingHandler()
        : base(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
    }

    public ConcurrentBag<string> Signs { get; } = [];

    public int InFlight => Volatile.Read(ref _inFlight);

    public int Sent => Volatile.Read(ref _sent);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            var form = await content.ReadAsStringAsync(cancellationToken);
            foreach (var pair in form.Split('&'))
            {
                if (pair.StartsWith("sign=", StringComparison.Ordinal))
                {
                    Signs.Add(WebUtility.UrlDecode(pair["sign=".Length..]));
                }
            }
        }

        Interlocked.Increment(ref _sent);
        Interlocked.Increment(ref _inFlight);
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
