using JdAfterSales.Gateway;

namespace JdAfterSales.Reviews;

/// <summary>
/// Customers' comments on the shop's products and the shop's replies. Members are virtual so a test can substitute
/// them.
/// </summary>
public class ReviewsClient
{
    private readonly JdClient _client;

    /// <summary>For substitutes in tests: a sub-client whose members a test overrides.</summary>
    protected ReviewsClient() => _client = null!;

    internal ReviewsClient(JdClient client) => _client = client;

    /// <summary>Searches the shop's comments, one page. Calls <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c>.</summary>
    /// <param name="request">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter breaks one of JD's rules; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<Comment>> ListCommentsAsync(ListCommentsRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Yields every matching comment across all pages, each once; safe to reply while walking (see
    /// <see cref="AfterSales.AfterSalesClient.ListAllServicesAsync"/>). Calls
    /// <c>jingdong.pop.PopCommentJsfService.getVenderCommentsForJos</c> page by page.
    /// </summary>
    /// <param name="request">The filters and the page size; its page number is ignored.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The comments.</returns>
    public virtual IAsyncEnumerable<Comment> ListAllCommentsAsync(ListCommentsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JdPaging.WalkAsync(
            request.Method,
            (page, ct) => ListCommentsAsync(request with { PageNumber = page }, ct),
            static comment => comment.CommentId,
            cancellationToken);
    }

    /// <summary>Replies to a customer's comment, or to one of its replies. A write, never re-sent. Calls <c>jingdong.club.pop.commentreply.save</c>.</summary>
    /// <param name="request">The comment, the text and, optionally, the reply answered.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write (JD returns no id of the reply).</returns>
    /// <exception cref="JdValidationException">The comment or the text is empty; nothing was sent.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> ReplyToCommentAsync(ReplyToCommentRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);
}
