using System.Reflection;
using System.Xml.Linq;

namespace JdAfterSales.Tests.Conventions;

/// <summary>The compiler's XML documentation file, looked up by member.</summary>
internal sealed class XmlDocs(IReadOnlyDictionary<string, string> byId)
{
    public static XmlDocs Load(string path) =>
        new(XDocument.Load(path).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, m => m.ToString(SaveOptions.DisableFormatting), StringComparer.Ordinal));

    /// <summary>The documentation of a method with simple (non-generic) parameter types, or <c>null</c>.</summary>
    public string? Of(MethodInfo method)
    {
        var parameters = string.Join(",", method.GetParameters().Select(p => p.ParameterType.FullName));
        return byId.TryGetValue($"M:{method.DeclaringType!.FullName}.{method.Name}({parameters})", out var doc) ? doc : null;
    }
}
