using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// After-sales service orders (<c>jingdong.asc.*</c>): search, view, audit, receive returned goods, close and cancel.
/// Every call acts as the shop and operator of <see cref="JdClientOptions.VenderId"/>,
/// <see cref="JdClientOptions.OperatorPin"/> and <see cref="JdClientOptions.OperatorNick"/> unless the request's
/// <c>Operator</c> names others; a missing one fails with <see cref="JdValidationException"/> before anything is sent.
/// Writes carry the <c>sysVersion</c> the caller read and are never re-sent; a stale version fails with
/// <see cref="JdConcurrencyException"/>. Each method takes its request type, whose name has the method's stem
/// (<see cref="ListServicesRequest"/> for <see cref="ListServicesAsync"/>), and is virtual so a test can substitute it.
/// </summary>
public class AfterSalesClient
{
    private readonly JdClient _client;

    /// <summary>For substitutes in tests: a sub-client whose members a test overrides.</summary>
    protected AfterSalesClient() => _client = null!;

    internal AfterSalesClient(JdClient client) => _client = client;

    /// <summary>Searches service orders, one page. Calls <c>jingdong.asc.query.list</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<ServiceBrief>> ListServicesAsync(ListServicesRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Yields every match across all pages, from the first, each once, calling <c>jingdong.asc.query.list</c> page by page. Safe to
    /// act on the items while walking: when acting moves them out of the filter (approving pending ones, say) and JD's
    /// total changes, the walk passes over the list again from the first page and yields what slid past it, so no
    /// match is left behind. It stops with <see cref="JdContractException"/> when JD repeats a page or reports more
    /// pages than its total allows.
    /// </summary>
    /// <param name="request">The filters and the page size; its page number is ignored.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The service orders.</returns>
    public virtual IAsyncEnumerable<ServiceBrief> ListAllServicesAsync(ListServicesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JdPaging.WalkAsync(
            request.Method,
            (page, ct) => ListServicesAsync(request with { PageNumber = page }, ct),
            static item => item.ServiceId,
            cancellationToken);
    }

    /// <summary>Reads one service order in full. Calls <c>jingdong.asc.query.view</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The service order.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<ServiceBill> GetServiceAsync(GetServiceRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Lists service orders that changed in a time window, one page. Calls <c>jingdong.asc.sync.list</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<ServiceBrief>> ListChangedServicesAsync(ListChangedServicesRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Yields every match across all pages, from the first, each once, calling <c>jingdong.asc.sync.list</c> page by page. Safe to
    /// act on the items while walking: when acting moves them out of the filter (approving pending ones, say) and JD's
    /// total changes, the walk passes over the list again from the first page and yields what slid past it, so no
    /// match is left behind. It stops with <see cref="JdContractException"/> when JD repeats a page or reports more
    /// pages than its total allows.
    /// </summary>
    /// <param name="request">The filters and the page size; its page number is ignored.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The changed service orders.</returns>
    public virtual IAsyncEnumerable<ServiceBrief> ListAllChangedServicesAsync(ListChangedServicesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JdPaging.WalkAsync(
            request.Method,
            (page, ct) => ListChangedServicesAsync(request with { PageNumber = page }, ct),
            static item => item.ServiceId,
            cancellationToken);
    }

    /// <summary>Lists the history of a service order, one page. Calls <c>jingdong.asc.log.list</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<ServiceLog>> ListServiceLogsAsync(ListServiceLogsRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Lists the after-sales refunds (money) per order, one page. Calls <c>jingdong.asc.serviceAndRefund.view</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<ServiceRefund>> ListServiceRefundsAsync(ListServiceRefundsRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Lists applications waiting for the merchant's audit, one page. Calls <c>jingdong.asc.audit.list</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<PendingAudit>> ListPendingAuditsAsync(ListPendingAuditsRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Yields every match across all pages, from the first, each once, calling <c>jingdong.asc.audit.list</c> page by page. Safe to
    /// act on the items while walking: when acting moves them out of the filter (approving pending ones, say) and JD's
    /// total changes, the walk passes over the list again from the first page and yields what slid past it, so no
    /// match is left behind. It stops with <see cref="JdContractException"/> when JD repeats a page or reports more
    /// pages than its total allows.
    /// </summary>
    /// <param name="request">The filters and the page size; its page number is ignored.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The applications.</returns>
    public virtual IAsyncEnumerable<PendingAudit> ListAllPendingAuditsAsync(ListPendingAuditsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JdPaging.WalkAsync(
            request.Method,
            (page, ct) => ListPendingAuditsAsync(request with { PageNumber = page }, ct),
            static item => item.ApplyId,
            cancellationToken);
    }

    /// <summary>Lists one level of JD's audit reason tree, whose codes go into <see cref="AscAuditRequest.ApproveReasonCid1"/> and <see cref="AscAuditRequest.ApproveReasonCid2"/>. Calls <c>jingdong.asc.audit.reason.list</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reasons; empty when the level has none.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<IReadOnlyList<AuditReason>> ListAuditReasonsAsync(ListAuditReasonsRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Rejects a service order at audit. Calls <c>jingdong.asc.audit.refuse</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> RejectServiceAsync(RejectServiceRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Approves a service order; the customer ships the goods back. Calls <c>jingdong.asc.audit.send</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> ApproveForReturnShippingAsync(ApproveForReturnShippingRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Approves a service order; JD picks the goods up at the customer's door. Calls <c>jingdong.asc.audit.homepick</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> ApproveForDoorPickupAsync(ApproveForDoorPickupRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Approves a service order; the customer brings the goods in person. Calls <c>jingdong.asc.audit.delivery</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> ApproveForCustomerDeliveryAsync(ApproveForCustomerDeliveryRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Asks the customer for more information before deciding. Calls <c>jingdong.asc.audit.waitFeedback</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> RequestCustomerFeedbackAsync(RequestCustomerFeedbackRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Lists approved service orders whose goods are on their way back, one page. Calls <c>jingdong.asc.receive.list</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<ServiceBrief>> ListAwaitingReceiptAsync(ListAwaitingReceiptRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Yields every match across all pages, from the first, each once, calling <c>jingdong.asc.receive.list</c> page by page. Safe to
    /// act on the items while walking: when acting moves them out of the filter (approving pending ones, say) and JD's
    /// total changes, the walk passes over the list again from the first page and yields what slid past it, so no
    /// match is left behind. It stops with <see cref="JdContractException"/> when JD repeats a page or reports more
    /// pages than its total allows.
    /// </summary>
    /// <param name="request">The filters and the page size; its page number is ignored.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The service orders.</returns>
    public virtual IAsyncEnumerable<ServiceBrief> ListAllAwaitingReceiptAsync(ListAwaitingReceiptRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JdPaging.WalkAsync(
            request.Method,
            (page, ct) => ListAwaitingReceiptAsync(request with { PageNumber = page }, ct),
            static item => item.ServiceId,
            cancellationToken);
    }

    /// <summary>Confirms that returned goods arrived (拆包登记). JD takes no <c>sysVersion</c> here. Calls <c>jingdong.asc.receive.register</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> RegisterReceiptAsync(RegisterReceiptRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Reads how returned goods were registered on receipt. Calls <c>jingdong.asc.receive.view</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The receipt, or <c>null</c> while none is registered (JD answered with no data).</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<ReceiptDetail?> GetReceiptAsync(GetReceiptRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Reads the waybill of goods coming back. Calls <c>jingdong.asc.freight.view</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The waybill, or <c>null</c> while the customer has sent none (JD answered with no data).</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<ReturnFreight?> GetReturnFreightAsync(GetReturnFreightRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Reads one application waiting for audit, in full: its service orders, items, addresses, the pickup
    /// appointment and the <c>sysVersion</c> an audit write needs. Calls <c>jingdong.asc.audit.detail</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application, or <c>null</c> when JD answered with no data.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<PendingAuditDetail?> GetPendingAuditAsync(GetPendingAuditRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Approves an exchange done at the customer's door (上门换新): JD brings the new item and takes the old one back.
    /// Calls <c>jingdong.asc.audit.doorRenew</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> ApproveForDoorExchangeAsync(ApproveForDoorExchangeRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Approves by sending new items without a return (不退货补发新品). Calls <c>jingdong.asc.audit.compensate</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> ApproveForCompensationAsync(ApproveForCompensationRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Approves by re-sending the item offline (线下补发) with the waybill given; nothing comes back. Calls
    /// <c>jingdong.asc.audit.reissue</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> ApproveForReissueAsync(ApproveForReissueRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Reminds the customer to ship the goods back (提醒发货). Calls <c>jingdong.asc.receive.delivery.remind</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> RemindCustomerToShipAsync(RemindCustomerToShipRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Saves the waybill and the freight of goods coming back (保存运单); JD takes no <c>sysVersion</c> here. Calls
    /// <c>jingdong.asc.freight.save</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> RegisterReturnFreightAsync(RegisterReturnFreightRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Lists the other service orders of the order a service order is for. Calls <c>jingdong.asc.sameorder.list</c>.</summary>
    /// <param name="request">The service order and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of service orders and JD's total.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<SameOrderService>> ListSameOrderServicesAsync(ListSameOrderServicesRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Lists the notes the shop's staff wrote on a service order (审核留言). Calls <c>jingdong.asc.track.list</c>.</summary>
    /// <param name="request">The service order and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of notes and JD's total.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<ServiceNote>> ListServiceNotesAsync(ListServiceNotesRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Adds a note to a service order (服务单备注), for the shop's staff. Calls <c>jingdong.asc.track.save</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> AddServiceNoteAsync(AddServiceNoteRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Reads the customer's phone for a service order, to call them about it. The number is personal data: keep it out
    /// of logs (<see cref="CustomerPhone.ToString"/> gives the masked form). Calls <c>jingdong.asc.view.serviceTel</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The phone, or <c>null</c> when JD answered with no data.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<CustomerPhone?> GetCustomerPhoneAsync(GetCustomerPhoneRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Counts the applications waiting for audit that the filters match. Calls <c>jingdong.asc.audit.count</c>.</summary>
    /// <param name="request">The filters, as a <see cref="ListPendingAuditsRequest"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many match.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<long> CountPendingAuditsAsync(CountPendingAuditsRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Counts the service orders whose goods are on their way back that the filters match. Calls
    /// <c>jingdong.asc.receive.count</c>.
    /// </summary>
    /// <param name="request">The filters, as a <see cref="ListAwaitingReceiptRequest"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many match.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<long> CountAwaitingReceiptAsync(CountAwaitingReceiptRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Counts the service orders a search's filters match. Calls <c>jingdong.asc.query.count</c>.</summary>
    /// <param name="request">The filters, as a <see cref="ListServicesRequest"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many match.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<long> CountServicesAsync(CountServicesRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Counts the service orders waiting to be processed that the filters match. Calls <c>jingdong.asc.process.count</c>.</summary>
    /// <param name="request">The filters, as a <see cref="ListAwaitingProcessingRequest"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many match.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<long> CountAwaitingProcessingAsync(CountAwaitingProcessingRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Lists service orders whose goods came back and wait to be processed, newest first. The items carry no
    /// <c>sysVersion</c>: read a service order before writing to it. Calls <c>jingdong.asc.process.list</c>.
    /// </summary>
    /// <param name="request">The filters and the page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page of service orders and JD's total.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdPage<PendingProcessing>> ListAwaitingProcessingAsync(ListAwaitingProcessingRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Yields every match across all pages, from the first, each once, calling <c>jingdong.asc.process.list</c> page by page. Safe to
    /// act on the items while walking: when processing moves them out of the filter and JD's total changes, the walk
    /// passes over the list again from the first page and yields what slid past it, so no match is left behind. It
    /// stops with <see cref="JdContractException"/> when JD repeats a page or reports more pages than its total allows.
    /// </summary>
    /// <param name="request">The filters and the page size; its page number is ignored.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The service orders.</returns>
    public virtual IAsyncEnumerable<PendingProcessing> ListAllAwaitingProcessingAsync(ListAwaitingProcessingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JdPaging.WalkAsync(
            request.Method,
            (page, ct) => ListAwaitingProcessingAsync(request with { PageNumber = page }, ct),
            static item => item.ServiceId,
            cancellationToken);
    }

    /// <summary>
    /// Ships the customer's own item back (原返), repaired or as it came; the service order then waits for the
    /// customer. Calls <c>jingdong.asc.process.back</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> ShipOriginalBackAsync(ShipOriginalBackRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Cancels shipping the customer's own item back (取消原返); the service order waits to be processed again. JD
    /// takes no <c>sysVersion</c> here. Calls <c>jingdong.asc.process.return.cancel</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> CancelOriginalBackAsync(CancelOriginalBackRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Exchanges the item for a new one (换新) that JD ships from the given delivery center and warehouse. Calls
    /// <c>jingdong.asc.process.renew</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> ShipReplacementAsync(ShipReplacementRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Records an exchange the shop shipped itself (线下换新), or that the offline exchange did not resolve the case.
    /// Calls <c>jingdong.asc.process.offline.change</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> RegisterOfflineExchangeAsync(RegisterOfflineExchangeRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Cancels a recorded offline exchange (取消线下换新); the service order waits to be processed again. JD takes no
    /// <c>sysVersion</c> here. Calls <c>jingdong.asc.process.offLineChange.cancel</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> CancelOfflineExchangeAsync(CancelOfflineExchangeRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>
    /// Asks JD to step in on a service order (申请京东介入), for a reason from JD's intervention reason tree. Calls
    /// <c>jingdong.asc.process.JdIntervene</c>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> RequestJdInterventionAsync(RequestJdInterventionRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Closes a service order at processing (处理关单). Calls <c>jingdong.asc.process.close</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> CloseServiceAsync(CloseServiceRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);

    /// <summary>Cancels a service order. Calls <c>jingdong.asc.common.cancel</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>JD's answer to the accepted write.</returns>
    /// <exception cref="JdValidationException">A parameter is missing or out of range; nothing was sent.</exception>
    /// <exception cref="JdConcurrencyException">The service order changed since <see cref="AscWriteRequest.SysVersion"/> was read.</exception>
    /// <exception cref="JdContractException">JD answered without its result; the write reached JD and its outcome is unknown.</exception>
    /// <exception cref="JdException">The call failed; the subtype says how.</exception>
    public virtual Task<JdWriteResult> CancelServiceAsync(CancelServiceRequest request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, callOptions: null, cancellationToken);
}
