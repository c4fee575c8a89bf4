using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>
/// An ASC count: how many service orders a list's filters match. JD takes the same filters as the list, so the request
/// carries the list request (<see cref="Filter"/>) and sends its parameters; the shop and operator come from it.
/// </summary>
/// <typeparam name="TList">The list request whose filters are counted.</typeparam>
/// <typeparam name="TItem">The item of that list.</typeparam>
public abstract record AscCountRequest<TList, TItem> : JdRequest<long>
    where TList : AscListRequest<TItem>
{
    private static readonly JdResponseContract<AscResultPayload<AscCountResult>, long> Contract =
        AscContracts.View<AscCountResult, long>(
            AfterSalesJsonContext.Default.AscResultPayloadAscCountResult,
            static (result, request) => result.Data ?? throw JdMissingPayload.OfRead(request.Method, "result.data (the count)"));

    private protected AscCountRequest()
    {
    }

    /// <summary>The filters to count, as the list takes them; its page number and size are not counted.</summary>
    public required TList Filter { get; init; }

    internal override JdResponseContract<long> Response => Contract;

    private protected override JdOperationKind JosOperationKind => JdOperationKind.Read;

    private protected override JsonSerializerContext ParametersContext => AfterSalesJsonContext.Default;

    /// <summary>Whether JD declares <c>pageNumber</c> and <c>pageSize</c> for the count (JD's classes send them for some).</summary>
    private protected abstract bool SendsPaging { get; }

    internal override JdRequest<long> WithDefaults(JdRequestDefaults defaults) =>
        Filter is null ? this : this with { Filter = (TList)Filter.WithDefaults(defaults) };

    internal override void Validate()
    {
        if (Filter is null)
        {
            throw new JdValidationException("filter", "is required: the list request whose filters are counted.");
        }

        Filter.Validate();
    }

    internal override void WriteParameters(Utf8JsonWriter writer)
    {
        if (SendsPaging)
        {
            Filter.WriteParameters(writer);
            return;
        }

        // The list's own serialization, less the paging keys JD does not declare for this count.
        var buffer = new ArrayBufferWriter<byte>();
        using (var listWriter = new Utf8JsonWriter(buffer))
        {
            Filter.WriteParameters(listWriter);
        }

        var parameters = JsonNode.Parse(buffer.WrittenSpan)!.AsObject();
        parameters.Remove("pageNumber");
        parameters.Remove("pageSize");
        parameters.WriteTo(writer);
    }
}
