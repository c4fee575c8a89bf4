using System.Runtime.CompilerServices;
using JdAfterSales.Gateway;

namespace JdAfterSales.Reviews;

/// <summary>
/// Buyer reviews and the shop's replies. Every method takes optional <see cref="JdCallOptions"/> naming the shop
/// whose access token the call uses.
/// </summary>
public sealed class ReviewsClient
{
    /// <summary>The <c>replyId</c> that replies to the review itself rather than to one of its replies.</summary>
    public const long MainComment = -1;

    private readonly JdClient _client;

    internal ReviewsClient(JdClient client) => _client = client;

    /// <summary>Lists one page of reviews. Calls <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>.</summary>
    /// <param name="query">The filter.</param>
    /// <param name="callOptions">Per-call settings such as the shop; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, with JD's total.</returns>
    /// <exception cref="JdValidationException">The query breaks a JD limit (page size over 50, more than 50 order ids…); nothing was sent.</exception>
    /// <exception cref="JdBusinessException">JD answered with a <c>resultCode</c> other than "1".</exception>
    public Task<JdPage<Review>> ListAsync(ReviewQuery query, JdCallOptions? callOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate(walking: false);
        return ListPageAsync(query, query.Page, callOptions, cancellationToken);
    }

    /// <summary>
    /// Walks every page of reviews, fetching the next page only when the caller has consumed the previous one, and
    /// yields each review once by its id. Calls <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>.
    /// </summary>
    /// <param name="query">The filter; <see cref="ReviewQuery.Page"/> must be 1.</param>
    /// <param name="callOptions">Per-call settings such as the shop; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The reviews.</returns>
    /// <exception cref="JdValidationException">The query is invalid; nothing was sent.</exception>
    public async IAsyncEnumerable<Review> ListAllAsync(ReviewQuery query, JdCallOptions? callOptions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate(walking: true);
        var reviews = JdPaging.WalkAsync((page, ct) => ListPageAsync(query, page, callOptions, ct), static r => r.CommentId, cancellationToken: cancellationToken);
        await foreach (var review in reviews.ConfigureAwait(false))
        {
            yield return review;
        }
    }

    /// <summary>
    /// Replies to a review, or to one of its replies (a write: never re-sent after it may have reached JD).
    /// Calls <c>jingdong.club.pop.commentreply.save</c>.
    /// </summary>
    /// <param name="commentId">The review (<c>commentId</c>).</param>
    /// <param name="content">The reply's text; not empty.</param>
    /// <param name="replyId">The reply answered (<see cref="ReviewReply.ReplyId"/>), or <see cref="MainComment"/> (-1) for the review itself.</param>
    /// <param name="callOptions">Per-call settings such as the shop; <c>null</c> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new reply's id, when JD sends one.</returns>
    /// <exception cref="JdValidationException">An argument is invalid; nothing was sent.</exception>
    /// <exception cref="JdBusinessException">JD answered with a <c>resultCode</c> other than "1".</exception>
    public async Task<long?> ReplyAsync(string commentId, string content, long replyId = MainComment, JdCallOptions? callOptions = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(commentId))
        {
            throw new JdValidationException("commentId", "is required and must not be blank.");
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            throw new JdValidationException("content", "is required and must not be blank.");
        }

        if (replyId is < MainComment or 0)
        {
            throw new JdValidationException("replyId", "must be -1 (the review itself) or a positive reply id.");
        }

        var payload = await _client.SendAsync(new ReviewReplyRequest(commentId, content, replyId), callOptions, cancellationToken).ConfigureAwait(false);
        return payload.ReplyId;
    }

    private async Task<JdPage<Review>> ListPageAsync(ReviewQuery query, int page, JdCallOptions? callOptions, CancellationToken cancellationToken)
    {
        var payload = await _client.SendAsync(new ReviewListRequest(query, page), callOptions, cancellationToken).ConfigureAwait(false);
        return new JdPage<Review>(payload.Comments, page, query.PageSize, payload.TotalItem ?? payload.Comments.Count);
    }
}
