using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using JdAfterSales.Gateway;

namespace JdAfterSales.Automation;

/// <summary>
/// Reads buyers' reviews from JD with <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c> through
/// <see cref="JdClient.InvokeRawAsync"/>, 50 a page.
/// </summary>
public sealed class JosReviewSource : IReviewSource
{
    private const string Method = "jingdong.pop.PopCommentJsfService.getVenderCommentsForJos";
    private const int PageSize = 50;
    private readonly JdClient _client;

    /// <summary>Creates the source.</summary>
    /// <param name="client">The JD client.</param>
    public JosReviewSource(JdClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ReviewSnapshot> ListReviewsAsync(DateTimeOffset periodStart, DateTimeOffset periodEnd, CancellationToken cancellationToken = default) =>
        WalkAsync(new JsonObject { ["beginTime"] = RawJson.Format(periodStart), ["endTime"] = RawJson.Format(periodEnd) }, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewSnapshot>> ListReviewsForOrderAsync(long orderId, CancellationToken cancellationToken = default)
    {
        var list = new List<ReviewSnapshot>();
        await foreach (var review in WalkAsync(new JsonObject { ["orderIds"] = orderId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, cancellationToken).ConfigureAwait(false))
        {
            list.Add(review);
        }

        return list;
    }

    private async IAsyncEnumerable<ReviewSnapshot> WalkAsync(JsonObject filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var parameters = (JsonObject)filter.DeepClone();
            parameters["page"] = page;
            parameters["pageSize"] = PageSize;
            var payload = await _client.InvokeRawAsync(Method, parameters, JdOperationKind.Read, cancellationToken).ConfigureAwait(false);
            if (payload.Text("resultCode") is { } code && code != "1")
            {
                throw new JdBusinessException($"JD refused {Method} (resultCode {code}).");
            }

            var items = payload.Items("comments").ToList();
            foreach (var item in items)
            {
                if (item.Text("commentId") is { } id && seen.Add(id))
                {
                    yield return new ReviewSnapshot
                    {
                        CommentId = id,
                        OrderId = item.Long("orderId"),
                        SkuName = item.Text("skuName"),
                        Score = (int)(item.Long("score") ?? 0),
                        Content = item.Text("content") ?? "",
                        CreatedAt = item.Time("creationTime"),
                    };
                }
            }

            var total = payload.Long("totalItem") ?? 0;
            if (items.Count < PageSize || page * PageSize >= total)
            {
                yield break;
            }
        }
    }
}
