using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace JdAfterSales.Gateway;

/// <summary>
/// The metadata requests are written with: their area context's, with JSON's "required" switched off. Requests are
/// only ever written, never read; C#'s <c>required</c> keeps callers honest at compile time, while to the serializer
/// it is a read rule that refuses the typed members a request keeps off the wire (an address JD takes flattened into
/// <c>return*</c> keys, an id it takes as a string). The context's own <c>Default.X</c> metadata is never touched:
/// it is checked, and refused, as soon as it is made.
/// </summary>
internal static class JdRequestJson
{
    private static readonly ConcurrentDictionary<JsonSerializerContext, JsonSerializerOptions> WriteOnlyOptions = new();

    private static readonly ConcurrentDictionary<Type, JsonTypeInfo> WriteOnlyTypeInfos = new();

    /// <summary>The write-only metadata of <paramref name="requestType"/> from <paramref name="context"/>, made once per type.</summary>
    public static JsonTypeInfo TypeInfo(JsonSerializerContext context, Type requestType) =>
        WriteOnlyTypeInfos.TryGetValue(requestType, out var cached)
            ? cached
            : WriteOnlyTypeInfos.GetOrAdd(requestType, static (type, ctx) => OptionsFor(ctx).GetTypeInfo(type), context);

    private static JsonSerializerOptions OptionsFor(JsonSerializerContext context) =>
        WriteOnlyOptions.GetOrAdd(context, static ctx => new JsonSerializerOptions(ctx.Options)
        {
            TypeInfoResolver = ((IJsonTypeInfoResolver)ctx).WithAddedModifier(static info =>
            {
                foreach (var property in info.Properties)
                {
                    property.IsRequired = false;
                }
            }),
        });
}
