using System.Text.Json.Serialization.Metadata;
using JdAfterSales.Gateway;

namespace JdAfterSales.AfterSales;

/// <summary>The ways an ASC payload becomes a result: a page, a write's outcome, a view's data.</summary>
internal static class AscContracts
{
    /// <summary>A list page: <c>pageResult</c> is required; an absent <c>data</c> is an empty page.</summary>
    public static JdResponseContract<AscListPayload<TPage>, JdPage<TItem>> Page<TPage, TItem>(JsonTypeInfo<AscListPayload<TPage>> payloadTypeInfo)
        where TPage : AscPageResult, IAscPage<TItem> =>
        new(payloadTypeInfo, static (payload, request) =>
        {
            var page = payload.PageResult ?? throw JdMissingPayload.OfRead(request.Method, "pageResult");
            var asked = (IJdPagedRequest)request;
            return new JdPage<TItem>(page.Data, asked.PageNumber, asked.PageSize, page.TotalCount);
        });

    /// <summary>A write: <c>result</c> is required, or the outcome is unknown.</summary>
    public static JdResponseContract<AscResultPayload<AscResult>, JdWriteResult> Write() =>
        new(AfterSalesJsonContext.Default.AscResultPayloadAscResult, static (payload, request) =>
        {
            var result = payload.Result ?? throw JdMissingPayload.OfWrite(request.Method, "result");
            return new JdWriteResult(request.Method, result.Code, result.Message);
        });

    /// <summary>A view: <c>result</c> is required; what its <c>data</c> may be is the caller's.</summary>
    public static JdResponseContract<AscResultPayload<TResultObject>, TData> View<TResultObject, TData>(
        JsonTypeInfo<AscResultPayload<TResultObject>> payloadTypeInfo,
        Func<TResultObject, JdRequest<TData>, TData> dataOf)
        where TResultObject : AscResult =>
        new(payloadTypeInfo, (payload, request) =>
        {
            var result = payload.Result ?? throw JdMissingPayload.OfRead(request.Method, "result");
            return dataOf(result, request);
        });
}
