using System.Net;
using System.Text;

namespace JdAfterSales.Samples.AotConsumer;

/// <summary>Answers every request with one recorded JD response and keeps each request's form body.</summary>
internal sealed class RecordedAnswerHandler(string answer, List<string> sent) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        sent.Add(request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(answer, Encoding.UTF8, "application/json"),
            RequestMessage = request,
        };
    }
}
