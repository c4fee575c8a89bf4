using System.Text.Json.Serialization;
using JdAfterSales.Auth;

namespace JdAfterSales.Redis;

/// <summary>Source-generated JSON for the stored tokens: trim- and AOT-safe, the same shape as the distributed-cache store's.</summary>
[JsonSerializable(typeof(JdTokenSet))]
internal sealed partial class RedisJsonContext : JsonSerializerContext;
