using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// After-sales service orders (<c>jingdong.asc.*</c>): search, view, audit, receive returned goods, close and cancel.
/// Every call acts as the shop and operator of <see cref="JdClientOptions.VenderId"/>,
/// <see cref="JdClientOptions.OperatorPin"/> and <see cref="JdClientOptions.OperatorNick"/> unless the request's
/// <see cref="AscRequest.Operator"/> names others; a missing one fails with <see cref="JdValidationException"/>
/// before anything is sent. Writes carry the <c>sysVersion</c> the caller read and are never re-sent; a stale version
/// fails with <see cref="JdConcurrencyException"/>.
/// </summary>
public sealed class AfterSalesClient
{
    private readonly JdClient _client;
    private readonly AscOperator _defaults;

    internal AfterSalesClient(JdClient client)
    {
        _client = client;
        _defaults = new AscOperator
        {
            BuId = client.Options.VenderId,
            OperatePin = client.Options.OperatorPin,
            OperateNick = client.Options.OperatorNick,
        };
    }

    /// <summary>Searches service orders, one page. Calls <c>jingdong.asc.query.list</c>.</summary>
    /// <param name="request">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter is invalid (for example <c>pageSize</c> over 50); nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task<JdPage<ServiceBrief>> ListServicesAsync(ListServicesRequest request, CancellationToken cancellationToken = default) =>
        ListAsync(WithOperator(request), request.PageNumber, request.PageSize, static page => page.Data, cancellationToken);

    /// <summary>
    /// Searches service orders and yields every match across all pages, from <see cref="AscListRequest.PageNumber"/>
    /// on, each service order once even when pages shift while walking. Calls <c>jingdong.asc.query.list</c> page by page.
    /// </summary>
    /// <param name="request">The filters and the page size.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The service orders.</returns>
    public IAsyncEnumerable<ServiceBrief> ListAllServicesAsync(ListServicesRequest request, CancellationToken cancellationToken = default)
    {
        var resolved = WithOperator(request);
        return Walk(
            resolved.PageNumber,
            (page, ct) => ListAsync(resolved with { PageNumber = page }, page, resolved.PageSize, static p => p.Data, ct),
            static item => item.ServiceId,
            cancellationToken);
    }

    /// <summary>Reads one service order in full. Calls <c>jingdong.asc.query.view</c>.</summary>
    /// <param name="request">The service order and its order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service order, or <c>null</c> when JD returned none.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<ServiceBill?> GetServiceAsync(GetServiceRequest request, CancellationToken cancellationToken = default)
    {
        var response = await _client.SendAsync(WithOperator(request), cancellationToken).ConfigureAwait(false);
        return response.Result?.Data;
    }

    /// <summary>Lists service orders that changed in a time window, one page. Calls <c>jingdong.asc.sync.list</c>.</summary>
    /// <param name="request">The window, the filters and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task<JdPage<ServiceBrief>> ListChangedServicesAsync(ListChangedServicesRequest request, CancellationToken cancellationToken = default) =>
        ListAsync(WithOperator(request), request.PageNumber, request.PageSize, static page => page.Data, cancellationToken);

    /// <summary>
    /// Yields every service order that changed in a time window, across all pages, each once. Calls
    /// <c>jingdong.asc.sync.list</c> page by page.
    /// </summary>
    /// <param name="request">The window, the filters and the page size.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The service orders.</returns>
    public IAsyncEnumerable<ServiceBrief> ListAllChangedServicesAsync(ListChangedServicesRequest request, CancellationToken cancellationToken = default)
    {
        var resolved = WithOperator(request);
        return Walk(
            resolved.PageNumber,
            (page, ct) => ListAsync(resolved with { PageNumber = page }, page, resolved.PageSize, static p => p.Data, ct),
            static item => item.ServiceId,
            cancellationToken);
    }

    /// <summary>Lists the history of a service order, one page. Calls <c>jingdong.asc.log.list</c>.</summary>
    /// <param name="request">The service order and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task<JdPage<ServiceLog>> ListServiceLogsAsync(ListServiceLogsRequest request, CancellationToken cancellationToken = default) =>
        ListAsync(WithOperator(request), request.PageNumber, request.PageSize, static page => page.Data, cancellationToken);

    /// <summary>Lists the after-sales refunds (money) per order, one page. Calls <c>jingdong.asc.serviceAndRefund.view</c>.</summary>
    /// <param name="request">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task<JdPage<ServiceRefund>> ListServiceRefundsAsync(ListServiceRefundsRequest request, CancellationToken cancellationToken = default) =>
        ListAsync(WithOperator(request), request.PageNumber, request.PageSize, static page => page.Data, cancellationToken);

    /// <summary>Lists applications waiting for the merchant's audit, one page. Calls <c>jingdong.asc.audit.list</c>.</summary>
    /// <param name="request">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task<JdPage<PendingAudit>> ListPendingAuditsAsync(ListPendingAuditsRequest request, CancellationToken cancellationToken = default) =>
        ListAsync(WithOperator(request), request.PageNumber, request.PageSize, static page => page.Data, cancellationToken);

    /// <summary>
    /// Yields every application waiting for audit across all pages, each application once. Calls
    /// <c>jingdong.asc.audit.list</c> page by page.
    /// </summary>
    /// <param name="request">The filters and the page size.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The applications.</returns>
    public IAsyncEnumerable<PendingAudit> ListAllPendingAuditsAsync(ListPendingAuditsRequest request, CancellationToken cancellationToken = default)
    {
        var resolved = WithOperator(request);
        return Walk(
            resolved.PageNumber,
            (page, ct) => ListAsync(resolved with { PageNumber = page }, page, resolved.PageSize, static p => p.Data, ct),
            static item => item.ApplyId,
            cancellationToken);
    }

    /// <summary>
    /// Lists one level of JD's audit reason tree, whose codes go into <see cref="AscAuditRequest.ApproveReasonCid1"/>
    /// and <see cref="AscAuditRequest.ApproveReasonCid2"/>. Calls <c>jingdong.asc.audit.reason.list</c>.
    /// </summary>
    /// <param name="parentCode">The reason whose children to list; <c>null</c> for the first level.</param>
    /// <param name="bizType">1 for audit reasons (JD's default when <c>null</c>), 2 for JD-intervention reasons.</param>
    /// <param name="asOperator">The shop and operator; <c>null</c> members come from the client's options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reasons.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<IReadOnlyList<AuditReason>> ListAuditReasonsAsync(
        long? parentCode = null,
        int? bizType = null,
        AscOperator? asOperator = null,
        CancellationToken cancellationToken = default)
    {
        var request = WithOperator(new ListAuditReasonsRequest { ParentCode = parentCode, BizType = bizType, Operator = asOperator });
        var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.Result?.Data ?? [];
    }

    /// <summary>Rejects a service order at audit. Calls <c>jingdong.asc.audit.refuse</c>.</summary>
    /// <param name="request">The service order, the version read, the notes and the reason.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the rejection.</returns>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task RejectAsync(RejectServiceRequest request, CancellationToken cancellationToken = default) =>
        WriteAsync(request, cancellationToken);

    /// <summary>Approves a service order; the customer ships the goods back. Calls <c>jingdong.asc.audit.send</c>.</summary>
    /// <param name="request">The service order, the version read, the notes, the return address and the items.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the approval.</returns>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task ApproveForReturnShippingAsync(ApproveForReturnShippingRequest request, CancellationToken cancellationToken = default) =>
        WriteAsync(request, cancellationToken);

    /// <summary>Approves a service order; JD picks the goods up at the customer's door. Calls <c>jingdong.asc.audit.homepick</c>.</summary>
    /// <param name="request">The service order, the version read, the notes, the pickup and return addresses and the items.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the approval.</returns>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task ApproveForDoorPickupAsync(ApproveForDoorPickupRequest request, CancellationToken cancellationToken = default) =>
        WriteAsync(request, cancellationToken);

    /// <summary>Approves a service order; the customer brings the goods in person. Calls <c>jingdong.asc.audit.delivery</c>.</summary>
    /// <param name="request">The service order, the version read, the notes, the return address and the items.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the approval.</returns>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task ApproveForCustomerDeliveryAsync(ApproveForCustomerDeliveryRequest request, CancellationToken cancellationToken = default) =>
        WriteAsync(request, cancellationToken);

    /// <summary>Asks the customer for more information before deciding. Calls <c>jingdong.asc.audit.waitFeedback</c>.</summary>
    /// <param name="request">The service order, the version read, the question and the reason.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the request.</returns>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task RequestCustomerFeedbackAsync(RequestCustomerFeedbackRequest request, CancellationToken cancellationToken = default) =>
        WriteAsync(request, cancellationToken);

    /// <summary>Lists approved service orders whose goods are on their way back, one page. Calls <c>jingdong.asc.receive.list</c>.</summary>
    /// <param name="request">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task<JdPage<ServiceBrief>> ListAwaitingReceiptAsync(ListAwaitingReceiptRequest request, CancellationToken cancellationToken = default) =>
        ListAsync(WithOperator(request), request.PageNumber, request.PageSize, static page => page.Data, cancellationToken);

    /// <summary>
    /// Yields every service order whose goods are on their way back, across all pages, each once. Calls
    /// <c>jingdong.asc.receive.list</c> page by page.
    /// </summary>
    /// <param name="request">The filters and the page size.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The service orders.</returns>
    public IAsyncEnumerable<ServiceBrief> ListAllAwaitingReceiptAsync(ListAwaitingReceiptRequest request, CancellationToken cancellationToken = default)
    {
        var resolved = WithOperator(request);
        return Walk(
            resolved.PageNumber,
            (page, ct) => ListAsync(resolved with { PageNumber = page }, page, resolved.PageSize, static p => p.Data, ct),
            static item => item.ServiceId,
            cancellationToken);
    }

    /// <summary>Confirms that returned goods arrived (拆包登记). Calls <c>jingdong.asc.receive.register</c>.</summary>
    /// <param name="request">The service order, the receipt remark and, when not all in order, the state codes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the registration.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task RegisterReceiptAsync(RegisterReceiptRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(WithOperator(request), cancellationToken);

    /// <summary>Reads how returned goods were registered on receipt. Calls <c>jingdong.asc.receive.view</c>.</summary>
    /// <param name="request">The service order and its order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The receipt, or <c>null</c> when JD returned none.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<ReceiptDetail?> GetReceiptAsync(GetReceiptRequest request, CancellationToken cancellationToken = default)
    {
        var response = await _client.SendAsync(WithOperator(request), cancellationToken).ConfigureAwait(false);
        return response.Result?.Data;
    }

    /// <summary>Reads the waybill of goods coming back. Calls <c>jingdong.asc.freight.view</c>.</summary>
    /// <param name="request">The service order and its order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The waybill, or <c>null</c> when JD returned none.</returns>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public async Task<ReturnFreight?> GetReturnFreightAsync(GetReturnFreightRequest request, CancellationToken cancellationToken = default)
    {
        var response = await _client.SendAsync(WithOperator(request), cancellationToken).ConfigureAwait(false);
        return response.Result?.Data;
    }

    /// <summary>Closes a service order at processing (处理关单). Calls <c>jingdong.asc.process.close</c>.</summary>
    /// <param name="request">The service order and the version read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the close.</returns>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task CloseAsync(CloseServiceRequest request, CancellationToken cancellationToken = default) =>
        WriteAsync(request, cancellationToken);

    /// <summary>Cancels a service order. Calls <c>jingdong.asc.common.cancel</c>.</summary>
    /// <param name="request">The service order, the version read and why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when JD accepted the cancellation.</returns>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public Task CancelAsync(CancelServiceRequest request, CancellationToken cancellationToken = default) =>
        WriteAsync(request, cancellationToken);

    private static IAsyncEnumerable<T> Walk<T>(
        int firstPage,
        Func<int, CancellationToken, Task<JdPage<T>>> fetchPage,
        Func<T, long> keyOf,
        CancellationToken cancellationToken) =>
        JdPaging.WalkAsync(
            (step, ct) => fetchPage(firstPage + step - 1, ct),
            keyOf,
            cancellationToken: cancellationToken);

    private async Task<JdPage<TItem>> ListAsync<TPage, TItem>(
        IJdRequest<AscListResponse<TPage>> request,
        int pageNumber,
        int pageSize,
        Func<TPage, IReadOnlyList<TItem>> itemsOf,
        CancellationToken cancellationToken)
        where TPage : AscPageResult
    {
        var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.PageResult is not { } page)
        {
            throw new JdContractException($"JD answered {request.Method} without a pageResult.") { Method = request.Method };
        }

        return new JdPage<TItem>(itemsOf(page), pageNumber, pageSize, page.TotalCount);
    }

    private async Task WriteAsync(AscWriteRequest request, CancellationToken cancellationToken) =>
        await _client.SendAsync(WithOperator(request), cancellationToken).ConfigureAwait(false);

    private T WithOperator<T>(T request)
        where T : AscRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        AscRequest resolved = request with { Operator = (request.Operator ?? new AscOperator()).OrElse(_defaults) };
        return (T)resolved;
    }
}
