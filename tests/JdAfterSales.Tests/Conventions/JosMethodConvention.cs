using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace JdAfterSales.Tests.Conventions;

/// <summary>
/// The rule every typed JOS method follows (docs/design.md, "One rule for every JOS method"), as a check that lists
/// each break. Its inputs are plain data, so a test can take one piece away and see the check name it.
/// </summary>
internal static partial class JosMethodConvention
{
    /// <summary>The verbs a request's name starts with: what the call does, in JD's terms.</summary>
    public static readonly string[] Verbs = ["List", "Get", "Search", "Reject", "Approve", "Request", "Register", "Close", "Cancel", "Reply", "Count", "Modify", "Ship", "Add", "Remind"];

    /// <summary>Everything the rule looks at.</summary>
    /// <param name="RequestTypes">The concrete public request types.</param>
    /// <param name="JosConstants">The <see cref="JosMethods"/> constants, name to value.</param>
    /// <param name="SubClients">The sub-client types <see cref="JdClient"/> exposes.</param>
    /// <param name="DocOf">The XML documentation of a method, or <c>null</c>.</param>
    /// <param name="FixtureNames">The response fixtures, shared and own.</param>
    /// <param name="HandledMethods">The JOS methods the fake gateway serves.</param>
    public sealed record Inputs(
        IReadOnlyList<Type> RequestTypes,
        IReadOnlyDictionary<string, string> JosConstants,
        IReadOnlyList<Type> SubClients,
        Func<MethodInfo, string?> DocOf,
        IReadOnlyCollection<string> FixtureNames,
        IReadOnlyCollection<string> HandledMethods);

    /// <summary>The library as it is.</summary>
    public static Inputs Actual()
    {
        var library = typeof(JdClient).Assembly;
        var docs = XmlDocs.Load(Path.Combine(AppContext.BaseDirectory, "JdAfterSales.xml"));
        return new Inputs(
            library.GetTypes().Where(t => t is { IsPublic: true, IsAbstract: false } && ResultTypeOf(t) is not null).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList(),
            typeof(JosMethods).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!),
            typeof(JdClient).GetProperties().Select(p => p.PropertyType).Where(t => t.Name.EndsWith("Client", StringComparison.Ordinal)).ToList(),
            docs.Of,
            Support.Fixtures.AllNames().ToList(),
            JdAfterSales.Testing.FakeJdGateway.SupportedMethods);
    }

    /// <summary>Every break of the rule, one line each; empty when the library follows it.</summary>
    public static IReadOnlyList<string> Check(Inputs inputs)
    {
        var problems = new List<string>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in inputs.RequestTypes)
        {
            var (method, kind) = Declared(type);
            covered.Add(method);
            var prefix = $"{type.Name} ({method}):";

            if (!RequestName().IsMatch(type.Name) || !Verbs.Any(v => type.Name.StartsWith(v, StringComparison.Ordinal) && type.Name.Length > v.Length && char.IsUpper(type.Name[v.Length])))
            {
                problems.Add($"{prefix} the name is not <Verb><Noun>Request with a verb of {string.Join("/", Verbs)}.");
            }

            var constant = ConstantName(method);
            if (!inputs.JosConstants.TryGetValue(constant, out var value) || value != method)
            {
                problems.Add($"{prefix} no JOS constant JosMethods.{constant} = \"{method}\".");
            }

            if (kind is not (JdOperationKind.Read or JdOperationKind.Write))
            {
                problems.Add($"{prefix} no read/write kind.");
            }

            var result = ResultTypeOf(type)!;
            if (!IsPublicType(result))
            {
                problems.Add($"{prefix} its result type {result.Name} is not public: wire wrappers stay internal.");
            }

            var subClientMethods = inputs.SubClients
                .SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.Name == MethodName(type, c) && Takes(m, type)))
                .ToList();
            if (subClientMethods.Count != 1)
            {
                problems.Add($"{prefix} {subClientMethods.Count} sub-client methods named by the rule ({string.Join(" or ", inputs.SubClients.Select(c => $"{c.Name}.{MethodName(type, c)}"))}) take it; expected one.");
            }
            else
            {
                var subClientMethod = subClientMethods[0];
                if (subClientMethod.ReturnType != typeof(Task<>).MakeGenericType(result))
                {
                    problems.Add($"{prefix} {subClientMethod.DeclaringType!.Name}.{subClientMethod.Name} returns {subClientMethod.ReturnType.Name}, not Task<{result.Name}>.");
                }

                if (inputs.DocOf(subClientMethod) is not { } doc || !doc.Contains(method, StringComparison.Ordinal))
                {
                    problems.Add($"{prefix} the XML doc of {subClientMethod.DeclaringType!.Name}.{subClientMethod.Name} does not name {method}.");
                }
            }

            var fixturePrefix = method["jingdong.".Length..] + ".";
            if (!inputs.FixtureNames.Any(f => f.StartsWith(fixturePrefix, StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal)))
            {
                problems.Add($"{prefix} no fixture named {fixturePrefix}<case>.json.");
            }

            if (!inputs.HandledMethods.Contains(method))
            {
                problems.Add($"{prefix} the fake gateway has no handler for it.");
            }
        }

        foreach (var (name, value) in inputs.JosConstants)
        {
            if (!covered.Contains(value))
            {
                problems.Add($"JosMethods.{name} ({value}): no request type calls it.");
            }
        }

        return problems;
    }

    /// <summary><c>jingdong.asc.audit.homepick</c> → <c>AscAuditHomepick</c>.</summary>
    public static string ConstantName(string method) =>
        string.Concat(method.Split('.').Skip(1).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>
    /// The request's stem with <c>Async</c>, the area's own noun dropped when the stem ends with it
    /// (<c>ListRefundsRequest</c> on <c>RefundsClient</c> → <c>ListAsync</c>; <c>GetOrderRequest</c> on
    /// <c>OrdersClient</c> → <c>GetAsync</c>).
    /// </summary>
    public static string MethodName(Type request, Type subClient)
    {
        var stem = request.Name[..^"Request".Length];
        var area = subClient.Name[..^"Client".Length];
        foreach (var noun in new[] { area, area.TrimEnd('s') })
        {
            if (stem.Length > noun.Length && stem.EndsWith(noun, StringComparison.Ordinal))
            {
                return stem[..^noun.Length] + "Async";
            }
        }

        return stem + "Async";
    }

    /// <summary>The <c>TResult</c> of <c>JdRequest&lt;TResult&gt;</c>, or <c>null</c> for any other type.</summary>
    public static Type? ResultTypeOf(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(JdRequest<>))
            {
                return t.GetGenericArguments()[0];
            }
        }

        return null;
    }

    /// <summary>What the request declares; its members are constants, so an uninitialized instance is enough.</summary>
    private static (string Method, JdOperationKind Kind) Declared(Type type)
    {
        var instance = RuntimeHelpers.GetUninitializedObject(type);
        return ((string)type.GetProperty("Method")!.GetValue(instance)!, (JdOperationKind)type.GetProperty("OperationKind")!.GetValue(instance)!);
    }

    /// <summary>
    /// A sub-client method takes its request, then the cancellation token; a get-by-id may take just the id, and a
    /// method whose request has no parameters takes none.
    /// </summary>
    private static bool Takes(MethodInfo method, Type request)
    {
        var parameters = method.GetParameters();
        if (parameters.Length == 0 || parameters[^1].ParameterType != typeof(CancellationToken))
        {
            return false;
        }

        var inputs = parameters[..^1];
        var settable = request.GetProperties().Where(p => p.SetMethod is { IsPublic: true } && p.DeclaringType != typeof(object)).ToList();
        return inputs switch
        {
            [var only] when only.ParameterType == request => true,
            [{ ParameterType: var t, Name: "id" }] when t == typeof(long) && settable is [{ Name: "Id" }] => true,
            [] => settable.Count == 0,
            _ => false,
        };
    }

    private static bool IsPublicType(Type type) =>
        (type.IsPublic || type.IsNestedPublic || type.IsGenericParameter) && type.GetGenericArguments().All(IsPublicType)
        || (Nullable.GetUnderlyingType(type) is { } underlying && IsPublicType(underlying));

    [GeneratedRegex("^[A-Z][a-z]+([A-Z][a-z0-9]*)+Request$")]
    private static partial Regex RequestName();
}
