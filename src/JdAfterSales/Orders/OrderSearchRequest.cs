using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;
using JdAfterSales.Serialization;

namespace JdAfterSales.Orders;

/// <summary><c>jingdong.pop.order.search</c> for one window and one page.</summary>
internal sealed class OrderSearchRequest(OrderSearchQuery query, DateTimeOffset? start, DateTimeOffset? end, int page) : IJdRequest<OrderSearchPayload>
{
    public string Method => "jingdong.pop.order.search";

    public JdOperationKind OperationKind => JdOperationKind.Read;

    public JsonTypeInfo<OrderSearchPayload> ResponseTypeInfo => JdJsonContext.Default.OrderSearchPayload;

    public void WriteParameters(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (start is { } from)
        {
            writer.WriteString("start_date", JdChinaTime.Format(from));
        }

        if (end is { } to)
        {
            writer.WriteString("end_date", JdChinaTime.Format(to));
        }

        writer.WriteString("order_state", string.Join(',', query.States.Select(static s => s.Value)));
        writer.WriteString("optional_fields", OrderFieldNames.ToWire(query.Fields));
        writer.WriteString("page", page.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("page_size", query.PageSize.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("sortType", ((int)query.SortOrder).ToString(CultureInfo.InvariantCulture));
        writer.WriteString("dateType", ((int)query.DateType).ToString(CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }
}
