using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.AfterSales;

/// <summary>
/// Parameters of <c>jingdong.pop.afs.soa.refundapply.queryPageList</c>: search refund applications. Every filter is
/// optional; JD serves at most page 100 of 50 per filter, so walk large ranges with
/// <see cref="RefundsClient.ListAllRefundsAsync"/>.
/// </summary>
public sealed record ListRefundsRequest : IJdRequest<RefundQueryResponse>
{
    /// <summary>Only these applications (<c>ids</c>, sent comma-separated); at most <see cref="PageSize"/> of them.</summary>
    public IReadOnlyList<long>? Ids { get; init; }

    /// <summary>Only applications in this status (<c>status</c>).</summary>
    public RefundStatus? Status { get; init; }

    /// <summary>Only applications of this order (<c>orderId</c>).</summary>
    public long? OrderId { get; init; }

    /// <summary>Only this customer's JD account (<c>buyerId</c>).</summary>
    public string? BuyerId { get; init; }

    /// <summary>Only this customer's name (<c>buyerName</c>).</summary>
    public string? BuyerName { get; init; }

    /// <summary>Applied at or after (<c>applyTimeStart</c>).</summary>
    public DateTimeOffset? ApplyTimeStart { get; init; }

    /// <summary>Applied at or before (<c>applyTimeEnd</c>).</summary>
    public DateTimeOffset? ApplyTimeEnd { get; init; }

    /// <summary>Audited at or after (<c>checkTimeStart</c>).</summary>
    public DateTimeOffset? CheckTimeStart { get; init; }

    /// <summary>Audited at or before (<c>checkTimeEnd</c>).</summary>
    public DateTimeOffset? CheckTimeEnd { get; init; }

    /// <summary>The 1-based page (<c>pageIndex</c>), 1 to 100; 1 unless set.</summary>
    public int PageIndex { get; init; } = 1;

    /// <summary>The page size (<c>pageSize</c>), 1 to 50; 50 unless set.</summary>
    public int PageSize { get; init; } = RequestRules.MaxPageSize;

    /// <summary><c>jingdong.pop.afs.soa.refundapply.queryPageList</c>.</summary>
    public string Method => "jingdong.pop.afs.soa.refundapply.queryPageList";

    /// <summary>Always <see cref="JdOperationKind.Read"/>.</summary>
    public JdOperationKind OperationKind => JdOperationKind.Read;

    JsonTypeInfo<RefundQueryResponse> IJdRequest<RefundQueryResponse>.ResponseTypeInfo => AfterSalesJsonContext.Default.RefundQueryResponse;

    void IJdRequest<RefundQueryResponse>.WriteParameters(Utf8JsonWriter writer)
    {
        RequestRules.RequirePage(PageIndex, "pageIndex", RequestRules.MaxRefundPageIndex, PageSize, "pageSize");
        if (Ids is { } ids)
        {
            if (ids.Count == 0)
            {
                throw new JdValidationException("ids", "must name at least one application when given; leave it null for all.");
            }

            if (ids.Count > PageSize)
            {
                throw new JdValidationException("ids", $"may name at most pageSize ({PageSize.ToString(CultureInfo.InvariantCulture)}) applications.");
            }

            foreach (var id in ids)
            {
                RequestRules.RequirePositive(id, "ids");
            }
        }

        RequestRules.RequirePositive(OrderId, "orderId");
        RequestRules.RequireOrder(ApplyTimeStart, ApplyTimeEnd, "applyTimeStart", "applyTimeEnd");
        RequestRules.RequireOrder(CheckTimeStart, CheckTimeEnd, "checkTimeStart", "checkTimeEnd");

        writer.WriteStartObject();
        if (Ids is { } list)
        {
            var joined = new StringBuilder();
            foreach (var id in list)
            {
                joined.Append(joined.Length == 0 ? string.Empty : ",").Append(id.ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteString("ids", joined.ToString());
        }

        RequestRules.WriteNumber(writer, "status", Status?.Value);
        RequestRules.WriteText(writer, "orderId", OrderId?.ToString(CultureInfo.InvariantCulture));
        RequestRules.WriteText(writer, "buyerId", BuyerId);
        RequestRules.WriteText(writer, "buyerName", BuyerName);
        RequestRules.WriteTime(writer, "applyTimeStart", ApplyTimeStart);
        RequestRules.WriteTime(writer, "applyTimeEnd", ApplyTimeEnd);
        RequestRules.WriteTime(writer, "checkTimeStart", CheckTimeStart);
        RequestRules.WriteTime(writer, "checkTimeEnd", CheckTimeEnd);
        writer.WriteNumber("pageIndex", PageIndex);
        writer.WriteNumber("pageSize", PageSize);
        writer.WriteEndObject();
    }
}
