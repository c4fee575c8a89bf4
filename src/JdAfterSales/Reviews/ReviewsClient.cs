using JdAfterSales.Gateway;

namespace JdAfterSales.Reviews;

/// <summary>Customers' comments on the shop's products, and the shop's replies.</summary>
public sealed class ReviewsClient
{
    private readonly JdClient _client;

    internal ReviewsClient(JdClient client) => _client = client;

    /// <summary>Searches comments, one page. Calls <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>.</summary>
    /// <param name="request">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter breaks JD's rules (page size over 50, more than 50 orders…); nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<JdPage<Comment>> ListAsync(ListCommentsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return new JdPage<Comment>(response.Comments, request.Page, request.PageSize, response.TotalItem);
    }

    /// <summary>
    /// Yields every matching comment across all pages, each once. Calls
    /// <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c> page by page.
    /// </summary>
    /// <param name="request">The filters and the page size.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The comments.</returns>
    /// <exception cref="JdValidationException">A parameter breaks JD's rules; nothing was sent.</exception>
    public IAsyncEnumerable<Comment> ListAllAsync(ListCommentsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        return JdPaging.WalkAsync(
            (page, ct) => ListAsync(request with { Page = page }, ct),
            static comment => comment.CommentId,
            cancellationToken: cancellationToken);
    }

    /// <summary>Replies to a comment as the shop. Calls <c>jingdong.club.pop.commentreply.save</c> (a write).</summary>
    /// <param name="commentId">The comment.</param>
    /// <param name="content">The reply's text.</param>
    /// <param name="replyTo">The reply being answered; -1 (the default) answers the comment itself.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new reply's id, when JD sends it.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<long?> ReplyAsync(string commentId, string content, long replyTo = -1, CancellationToken cancellationToken = default)
    {
        var response = await _client.SendAsync(new ReplyToCommentRequest { CommentId = commentId, Content = content, ReplyTo = replyTo }, cancellationToken).ConfigureAwait(false);
        return response.ReplyId;
    }
}
